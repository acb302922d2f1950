import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString, IsUUID, Length } from 'class-validator';

/** At most this many entries are acted on by one bulk mutation. */
export const MAX_BULK_ENTRIES = 500;

@InputType({ description: 'Entries acted on one by one: each gets its own outcome.' })
export class HourEntryIdsInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'name at least one entry' })
  @ArrayMaxSize(MAX_BULK_ENTRIES, { message: `name at most ${MAX_BULK_ENTRIES} entries` })
  @ArrayUnique({ message: 'names an entry twice' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  entryIds: string[];
}

@InputType()
export class ReturnHoursInput extends HourEntryIdsInput {
  @Field({ description: 'Why the entries go back to the trainee.' })
  @IsString()
  @Length(1, 1000, { message: 'must be 1 to 1000 characters' })
  reason: string;
}
