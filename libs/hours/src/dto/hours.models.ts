import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, ErrorCode } from '@alliance/core';
import { HourEntry } from '../entities/hour-entry.entity';

@ObjectType()
export class HourEntryConnection extends ConnectionType(HourEntry) {}

@ObjectType({ description: 'Why one entry of a bulk action was not changed.' })
export class HourEntryProblem {
  @Field(() => ErrorCode)
  code: ErrorCode;

  @Field()
  message: string;
}

@ObjectType({ description: 'What happened to one entry of a bulk action.' })
export class HourEntryOutcome {
  @Field(() => ID)
  entryId: string;

  @Field()
  ok: boolean;

  @Field(() => HourEntry, { nullable: true, description: 'The entry after the action, when it succeeded.' })
  entry: HourEntry | null;

  @Field(() => HourEntryProblem, { nullable: true })
  problem: HourEntryProblem | null;
}

@ObjectType({ description: 'Each entry is acted on apart: one refused entry never blocks the others.' })
export class BulkHoursPayload {
  @Field(() => [HourEntryOutcome], { description: 'In the order the entries were named.' })
  outcomes: HourEntryOutcome[];

  @Field(() => Int)
  succeeded: number;

  @Field(() => Int)
  failed: number;
}
