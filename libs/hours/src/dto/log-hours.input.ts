import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { HourCategory, HourModality } from '../rules';
import { IsCalendarDate } from './calendar-date';

export const MAX_MINUTES_PER_ENTRY = 24 * 60;

/** The content of an entry, shared by logging, editing and correcting. */
@InputType({ isAbstract: true })
export abstract class HourEntryContentInput {
  @Field(() => ID, { description: 'A supervisor assigned to the trainee on `date`.' })
  @IsUUID('all', { message: 'must be an id' })
  supervisorId: string;

  @Field({ description: 'The placement where the work took place.' })
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  site: string;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsCalendarDate()
  date: string;

  @Field(() => Int, { description: `1 to ${MAX_MINUTES_PER_ENTRY}.` })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(MAX_MINUTES_PER_ENTRY, { message: 'must be at most 24 hours (1440 minutes)' })
  minutes: number;

  @Field(() => HourCategory)
  @IsIn(Object.values(HourCategory))
  category: HourCategory;

  @Field(() => HourModality)
  @IsIn(Object.values(HourModality))
  modality: HourModality;

  @Field(() => String, { nullable: true, description: 'De-identified: never a client’s name or other identifier.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  note?: string | null;
}

@InputType()
export class LogHoursInput extends HourEntryContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field({ defaultValue: false, description: 'Submit for verification at once instead of keeping a draft.' })
  @IsBoolean()
  submit: boolean = false;
}
