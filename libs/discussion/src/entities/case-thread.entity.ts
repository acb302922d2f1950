import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ThreadAudience, ThreadStatus, ThreadTopic, Urgency } from '../discussion-enums';
import { BIGINT_AS_STRING } from './bigint.transformer';

/** A de-identified case a trainee brings to supervision. */
@ObjectType()
@Entity({ name: 'case_threads' })
export class CaseThread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_threads' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => ThreadAudience)
  @Column({ type: 'text' })
  audience: ThreadAudience;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => [ThreadTopic])
  @Column({ type: 'text', array: true })
  topics: ThreadTopic[];

  @Field({ description: 'A non-identifying label such as "Client K".' })
  @Column({ name: 'client_alias', type: 'text' })
  clientAlias: string;

  @Field(() => Urgency)
  @Column({ type: 'text', default: Urgency.ROUTINE })
  urgency: Urgency;

  @Field(() => ThreadStatus)
  @Column({ type: 'text', default: ThreadStatus.OPEN })
  status: ThreadStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'resolution_summary', type: 'text', nullable: true })
  resolutionSummary: string | null;

  @Field(() => ID, { nullable: true, description: 'The author’s client case this thread is about.' })
  @Column({ name: 'client_case_id', type: 'uuid', nullable: true })
  clientCaseId: string | null;

  @Field(() => Int, { description: 'Send it back as `expectedVersion` when editing.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The sequence number of the thread's latest event. */
  @Column({ name: 'last_event_seq', type: 'bigint', default: 0, transformer: BIGINT_AS_STRING })
  lastEventSeq: string;

  @Field()
  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set on a write's response only: what a REDACT write replaced. Not stored. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}

/** One earlier state of a thread, kept on every edit. */
@ObjectType()
@Entity({ name: 'case_thread_revisions' })
export class CaseThreadRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_thread_revisions' })
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => [ThreadTopic])
  @Column({ type: 'text', array: true })
  topics: ThreadTopic[];

  @Field()
  @Column({ name: 'client_alias', type: 'text' })
  clientAlias: string;

  @Field(() => Urgency)
  @Column({ type: 'text' })
  urgency: Urgency;

  @Field(() => ThreadStatus)
  @Column({ type: 'text' })
  status: ThreadStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'resolution_summary', type: 'text', nullable: true })
  resolutionSummary: string | null;

  @Field(() => ID)
  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
