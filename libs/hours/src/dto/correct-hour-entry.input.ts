import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { HourEntryChangesInput } from './update-hour-entry.input';

@InputType({
  description:
    'Logs a correction of a VERIFIED entry: a new entry with the original’s content changed as given. ' +
    'Once the correction is verified it counts instead of the original.',
})
export class CorrectHourEntryInput extends HourEntryChangesInput {
  @Field(() => ID, { description: 'The verified entry to correct.' })
  @IsUUID('all', { message: 'must be an id' })
  entryId: string;

  @Field({ description: 'Why the original is wrong.' })
  @IsString()
  @Length(1, 1000, { message: 'must be 1 to 1000 characters' })
  reason: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  submit: boolean = false;
}
