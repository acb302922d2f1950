import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReferralOutcome, ReferralReason } from '../supervision-enums';

/**
 * A supervisor's decision on a referral consideration. Decisions are append-only (a
 * trigger enforces it): a new decision supersedes the previous one by `version`, and the
 * history stays listed. Only the acknowledgement and the follow-up notice are set later.
 */
@ObjectType()
@Entity({ name: 'referral_decisions' })
export class ReferralDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_decisions' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'consideration_id', type: 'uuid' })
  considerationId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'client_case_id', type: 'uuid', nullable: true })
  clientCaseId: string | null;

  @Field(() => ID, { description: 'The trainee the decision is for.' })
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field(() => Int, { description: '1 for the first decision; each new decision supersedes the one before.' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => ReferralOutcome)
  @Column({ type: 'text' })
  decision: ReferralOutcome;

  @Field()
  @Column({ type: 'text' })
  rationale: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the supervisor is reminded to follow up.' })
  @Column({ name: 'follow_up_on', type: 'date', nullable: true, utc: true })
  followUpOn: string | null;

  @Field(() => ID)
  @Column({ name: 'decided_by_id', type: 'uuid' })
  decidedById: string;

  @Field()
  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'acknowledged_by_id', type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the deciding supervisor was told the follow-up is due.' })
  @Column({ name: 'follow_up_notified_at', type: 'timestamptz', nullable: true })
  followUpNotifiedAt: Date | null;

  /** Not stored: whether this is the latest decision of its consideration. */
  @Field({ description: 'The latest decision of its consideration; earlier ones are superseded.' })
  current: boolean;

  /** Set on a write's response only. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}

/** A trainee's structured question to supervision: should this client be referred, and why. */
@ObjectType()
@Entity({ name: 'referral_considerations' })
export class ReferralConsideration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_considerations' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Field(() => ID, { nullable: true, description: 'The thread’s client case, when it has one.' })
  @Column({ name: 'client_case_id', type: 'uuid', nullable: true })
  clientCaseId: string | null;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => [ReferralReason])
  @Column({ type: 'text', array: true })
  reasons: ReferralReason[];

  @Field()
  @Column({ name: 'what_was_tried', type: 'text' })
  whatWasTried: string;

  @Field()
  @Column({ name: 'options_considered', type: 'text' })
  optionsConsidered: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Not stored: every decision, oldest first (filled by the service). */
  @Field(() => [ReferralDecision], { description: 'Every decision, oldest first; the last is current.' })
  decisions: ReferralDecision[];

  /** Set on a write's response only. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}
