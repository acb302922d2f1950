import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { HourCategory } from '../rules';
import { AtRiskCodeEnum, AtRiskReasonEnum, HourRuleKindEnum, RuleStatusEnum } from '../hour-enums';

@ObjectType()
export class DateRange {
  @Field({ description: 'YYYY-MM-DD' })
  from: string;

  @Field({ description: 'YYYY-MM-DD' })
  to: string;
}

@ObjectType({ description: 'A period in which a period rule was broken.' })
export class BrokenPeriod {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => Float)
  hours: number;

  @Field(() => Float, { nullable: true, description: 'Minimums and ratios: what the period needed.' })
  requiredHours?: number;

  @Field(() => Float, { nullable: true, description: 'Maximums: the most the period allowed.' })
  limit?: number;
}

@ObjectType()
export class RuleSpan {
  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;

  @Field(() => String, { nullable: true, description: 'The first date on which the span is long enough.' })
  metOnOrAfter: string | null;
}

@ObjectType({ description: 'How one requirement rule stands, with a one-line explanation.' })
export class RuleProgress {
  @Field()
  ruleId: string;

  @Field(() => HourRuleKindEnum)
  kind: string;

  @Field(() => RuleStatusEnum)
  status: string;

  @Field(() => Float, { nullable: true })
  requiredHours?: number;

  @Field(() => Float, { nullable: true })
  limitHours?: number;

  @Field(() => Float)
  countedHours: number;

  @Field(() => Float, { description: 'Still needed (minimums) or still allowed (maximums).' })
  remainingHours: number;

  @Field(() => Float, { nullable: true, description: 'Caps: hours beyond the cap, still in the log but not counted.' })
  excessHours?: number;

  @Field(() => Float, { nullable: true, description: 'Minimums: submitted hours awaiting verification.' })
  pendingHours?: number;

  @Field(() => [BrokenPeriod])
  brokenPeriods: BrokenPeriod[];

  @Field(() => DateRange, { nullable: true })
  currentPeriod?: DateRange;

  @Field(() => RuleSpan, { nullable: true })
  span?: RuleSpan;

  @Field({ description: 'The version of the requirement whose rule produced this result.' })
  versionEffectiveFrom: string;

  @Field()
  explanation: string;
}

@ObjectType({ description: 'Hours of one category by state; verified and pending are never mixed.' })
export class CategoryHours {
  @Field(() => HourCategory)
  category: HourCategory;

  @Field(() => Float)
  verifiedHours: number;

  @Field(() => Float, { description: 'Verified hours that count after the caps in effect.' })
  countedHours: number;

  @Field(() => Float)
  telehealthVerifiedHours: number;

  @Field(() => Float, { description: 'Submitted, awaiting verification.' })
  pendingHours: number;

  @Field(() => Float)
  draftHours: number;

  @Field(() => Float)
  returnedHours: number;

  @Field(() => Float, { description: 'Verified hours replaced by a verified correction; shown, never counted.' })
  supersededHours: number;
}

@ObjectType()
export class RequirementSummary {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field()
  source: string;

  @Field({ description: 'The version in effect on the evaluation date.' })
  versionEffectiveFrom: string;
}

@ObjectType()
export class AtRiskFlag {
  @Field(() => AtRiskCodeEnum)
  code: string;

  @Field(() => AtRiskReasonEnum, { nullable: true })
  reason?: string;

  @Field(() => String, { nullable: true })
  ruleId?: string;

  @Field()
  message: string;
}

@ObjectType()
export class RuleProjection {
  @Field()
  ruleId: string;

  @Field(() => Float)
  remainingHours: number;

  @Field(() => Float, { description: 'Verified hours per week in the pace window, in the rule’s categories.' })
  paceHoursPerWeek: number;

  @Field(() => String, { nullable: true })
  projectedDate: string | null;
}

@ObjectType()
export class CompletionProjection {
  @Field(() => DateRange, { description: 'The days whose verified hours set the pace.' })
  paceWindow: DateRange;

  @Field(() => String, { nullable: true, description: 'When every minimum would be met at the recent pace; null without a pace.' })
  projectedCompletionDate: string | null;

  @Field(() => [RuleProjection])
  rules: RuleProjection[];
}

@ObjectType({ description: 'A trainee’s hours against the program’s requirements.' })
export class HoursProgress {
  @Field(() => ID)
  traineeId: string;

  @Field()
  asOf: string;

  @Field(() => RequirementSummary, { nullable: true, description: 'Null while the program has no requirements.' })
  requirement: RequirementSummary | null;

  @Field(() => [CategoryHours])
  categories: CategoryHours[];

  @Field(() => Float)
  verifiedHours: number;

  @Field(() => Float)
  pendingHours: number;

  @Field(() => [RuleProgress])
  rules: RuleProgress[];

  @Field(() => CompletionProjection, { nullable: true })
  projection: CompletionProjection | null;

  @Field(() => [AtRiskFlag])
  atRisk: AtRiskFlag[];

  @Field(() => String, { nullable: true })
  firstVerifiedDate: string | null;

  @Field(() => String, { nullable: true })
  lastVerifiedDate: string | null;
}
