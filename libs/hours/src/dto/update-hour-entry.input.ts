import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { HourCategory, HourModality } from '../rules';
import { IsCalendarDate } from './calendar-date';
import { MAX_MINUTES_PER_ENTRY } from './log-hours.input';

/** Fields left out keep their value; `note: null` clears the note. */
@InputType({ isAbstract: true })
export abstract class HourEntryChangesInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  supervisorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  site?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(MAX_MINUTES_PER_ENTRY, { message: 'must be at most 24 hours (1440 minutes)' })
  minutes?: number;

  @Field(() => HourCategory, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(HourCategory))
  category?: HourCategory;

  @Field(() => HourModality, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(HourModality))
  modality?: HourModality;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  note?: string | null;
}

@InputType({ description: 'Edits a DRAFT or RETURNED entry of your own.' })
export class UpdateHourEntryInput extends HourEntryChangesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id: string;
}
