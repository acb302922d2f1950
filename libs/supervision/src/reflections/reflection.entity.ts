import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A countertransference reflection: the trainee's guided notes on their own reaction to a
 * client. Private to the trainee until they share it into one of their threads, where it
 * becomes an ordinary comment.
 */
@ObjectType()
@Entity({ name: 'reflections' })
export class Reflection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reflections' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'client_case_id', type: 'uuid', nullable: true })
  clientCaseId: string | null;

  @Field({ description: 'What I felt.' })
  @Column({ type: 'text' })
  feeling: string;

  @Field(() => String, { nullable: true, description: 'When it began.' })
  @Column({ name: 'began_when', type: 'text', nullable: true })
  beganWhen: string | null;

  @Field(() => String, { nullable: true, description: 'Whom or what it reminds me of.' })
  @Column({ name: 'reminds_of', type: 'text', nullable: true })
  remindsOf: string | null;

  @Field(() => String, { nullable: true, description: 'How it shaped what I did.' })
  @Column({ name: 'influence_on_work', type: 'text', nullable: true })
  influenceOnWork: string | null;

  @Field(() => String, { nullable: true, description: 'What I want from supervision.' })
  @Column({ name: 'want_from_supervision', type: 'text', nullable: true })
  wantFromSupervision: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'shared_thread_id', type: 'uuid', nullable: true })
  sharedThreadId: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment it was shared as.' })
  @Column({ name: 'shared_comment_id', type: 'uuid', nullable: true })
  sharedCommentId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set on a write's response only. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}
