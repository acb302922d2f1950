import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DomainError } from '@alliance/core';
import { ClientCase } from '../client-cases/client-case.entity';
import { DecideReferralInput, RecordReferralConsiderationInput } from './referral.inputs';
import { ReferralConsideration, ReferralDecision } from './referral.entities';
import { referralWarnings, ReferralWarning } from './referral.models';
import { ReferralsService } from './referrals.service';

const idPipe = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field, message: 'must be an id' }]) });

@Resolver(() => ReferralConsideration)
export class ReferralsResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Mutation(() => ReferralConsideration, { description: 'For the author of a REFERRAL thread: reasons, what was tried, options considered. See `warnings`.' })
  recordReferralConsideration(@CurrentActor() actor: Actor, @Args('input') input: RecordReferralConsiderationInput): Promise<ReferralConsideration> {
    return this.referrals.consider(actor, input);
  }

  @Mutation(() => ReferralDecision, { description: 'For a supervisor assigned to the trainee: a new decision, superseding any earlier one.' })
  decideReferral(@CurrentActor() actor: Actor, @Args('input') input: DecideReferralInput): Promise<ReferralDecision> {
    return this.referrals.decide(actor, input);
  }

  @Mutation(() => ReferralDecision, { description: 'For the trainee: acknowledges the current decision (CONFLICT for a superseded one).' })
  acknowledgeReferralDecision(@CurrentActor() actor: Actor, @Args('decisionId', { type: () => ID }, idPipe('decisionId')) decisionId: string): Promise<ReferralDecision> {
    return this.referrals.acknowledge(actor, decisionId);
  }

  @Query(() => [ReferralConsideration], { description: 'The referral considerations on a thread, for its author and the supervisors assigned to them.' })
  referralConsiderations(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, idPipe('threadId')) threadId: string): Promise<ReferralConsideration[]> {
    return this.referrals.forThread(actor, threadId);
  }

  @ResolveField(() => [ReferralWarning], { description: 'Ethics advice on the reasons given, e.g. a referral on personal values alone.' })
  warnings(@Parent() consideration: ReferralConsideration): ReferralWarning[] {
    return referralWarnings(consideration.reasons);
  }

  @ResolveField(() => ReferralDecision, { nullable: true, description: 'The latest decision, if any.' })
  currentDecision(@Parent() consideration: ReferralConsideration): ReferralDecision | null {
    return consideration.decisions?.at(-1) ?? null;
  }
}

@Resolver(() => ClientCase)
export class ClientCaseReferralsResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @ResolveField(() => [ReferralConsideration], { description: 'Referral considerations on the case’s threads, with their decisions.' })
  referralConsiderations(@CurrentActor() actor: Actor, @Parent() clientCase: ClientCase): Promise<ReferralConsideration[]> {
    return this.referrals.forClientCase(actor, clientCase.id);
  }
}
