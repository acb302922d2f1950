import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DomainError } from '@alliance/core';
import { RecordAllianceCheckInInput } from './alliance.inputs';
import { AllianceCheckInPayload, AllianceTrend } from './alliance.models';
import { AllianceService } from './alliance.service';

const caseIdPipe = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'caseId', message: 'must be an id' }]) });

@Resolver()
export class AllianceResolver {
  constructor(private readonly alliance: AllianceService) {}

  @Mutation(() => AllianceCheckInPayload, { description: 'For the case’s trainee, after a session: goal, task and bond (1 to 7), markers and a note.' })
  recordAllianceCheckIn(@CurrentActor() actor: Actor, @Args('input') input: RecordAllianceCheckInInput): Promise<AllianceCheckInPayload> {
    return this.alliance.record(actor, input);
  }

  @Query(() => AllianceTrend, { description: 'The case’s check-ins with running means; for its trainee and their assigned supervisors.' })
  allianceTrend(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }, caseIdPipe) caseId: string): Promise<AllianceTrend> {
    return this.alliance.trend(actor, caseId);
  }
}
