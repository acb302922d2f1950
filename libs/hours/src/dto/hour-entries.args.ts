import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@alliance/core';
import { HourEntryStatus } from '../rules';
import { IsCalendarDate } from './calendar-date';

@ArgsType()
export class HourEntriesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'One trainee; every trainee you oversee when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  traineeId?: string | null;

  @Field(() => [HourEntryStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn(Object.values(HourEntryStatus), { each: true })
  statuses?: HourEntryStatus[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}
