import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThreadTopic } from '@alliance/discussion';
import { AllianceDimension, RuptureReasonKind } from '../supervision-enums';
import { AllianceCheckIn } from './alliance-check-in.entity';

@ObjectType({ description: 'Goal, task and bond averaged over check-ins.' })
export class AllianceMeans {
  @Field(() => Float)
  goal: number;

  @Field(() => Float)
  task: number;

  @Field(() => Float)
  bond: number;
}

@ObjectType({ description: 'One reason a check-in crossed the program’s rupture thresholds.' })
export class RuptureReason {
  @Field(() => RuptureReasonKind)
  kind: RuptureReasonKind;

  @Field(() => AllianceDimension, { nullable: true, description: 'For DIMENSION_DROP.' })
  dimension: AllianceDimension | null;

  @Field(() => Int, { nullable: true, description: 'For DIMENSION_DROP: the rating given.' })
  rating: number | null;

  @Field(() => Float, { nullable: true, description: 'For DIMENSION_DROP: the running mean of earlier check-ins.' })
  runningMean: number | null;

  @Field(() => Float, { nullable: true, description: 'For DIMENSION_DROP: points below the running mean.' })
  drop: number | null;

  @Field(() => Int, { nullable: true, description: 'For CONSECUTIVE_MARKERS: how many check-ins in a row had markers.' })
  consecutive: number | null;
}

@ObjectType()
export class RuptureAlert {
  @Field(() => [RuptureReason])
  reasons: RuptureReason[];
}

@ObjectType({ description: 'A prefilled ALLIANCE_RUPTURE thread, shaped like CreateCaseThreadInput; edit it and post it with createCaseThread.' })
export class SuggestedThread {
  @Field(() => ID)
  programId: string;

  @Field()
  title: string;

  @Field({ description: 'A template with prompts, without case text.' })
  body: string;

  @Field(() => [ThreadTopic])
  topics: ThreadTopic[];

  @Field()
  clientAlias: string;

  @Field(() => ID)
  clientCaseId: string;
}

@ObjectType()
export class AllianceCheckInPayload {
  @Field(() => AllianceCheckIn)
  checkIn: AllianceCheckIn;

  @Field(() => RuptureAlert, { nullable: true, description: 'Set when this check-in crossed the program’s rupture thresholds; the assigned supervisors were told.' })
  ruptureAlert: RuptureAlert | null;

  @Field(() => SuggestedThread, { nullable: true, description: 'With a rupture alert: a thread to bring it to supervision.' })
  suggestedThread: SuggestedThread | null;
}

@ObjectType()
export class AlliancePoint {
  @Field(() => AllianceCheckIn)
  checkIn: AllianceCheckIn;

  @Field(() => AllianceMeans, { nullable: true, description: 'The running mean of the check-ins before this one (null for the first).' })
  runningMean: AllianceMeans | null;

  @Field(() => RuptureAlert, { nullable: true, description: 'The alert this check-in raised when it was recorded.' })
  ruptureAlert: RuptureAlert | null;
}

@ObjectType()
export class AllianceTrend {
  @Field(() => ID)
  clientCaseId: string;

  @Field(() => [AlliancePoint], { description: 'By session number.' })
  points: AlliancePoint[];

  @Field(() => AllianceMeans, { nullable: true, description: 'The mean over every check-in.' })
  mean: AllianceMeans | null;
}
