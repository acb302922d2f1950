import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from './calendar-date';

@ArgsType()
export class CohortProgressArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (UTC) when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when trainees should be done; enables BEHIND_PACE by projection.' })
  @IsOptional()
  @IsCalendarDate()
  targetEndDate?: string | null;
}

@ArgsType()
export class HoursProgressArgs extends CohortProgressArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  traineeId: string;
}
