import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SupervisionSessionKind, SupervisionSessionStatus } from '../supervision-session-enums';

/**
 * A supervision session a supervisor held (or will hold) with trainees. Completing it
 * credits each attendee a verified SUPERVISION_* hour entry. Its private notes are the
 * supervisor's alone and are exposed by a field resolver that checks the viewer.
 */
@ObjectType()
@Entity({ name: 'supervision_sessions' })
export class SupervisionSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supervision_sessions' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId: string;

  @Field(() => SupervisionSessionKind)
  @Column({ type: 'text' })
  kind: SupervisionSessionKind;

  @Field(() => ID, { nullable: true, description: 'The supervision group of a GROUP session.' })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Int)
  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Field(() => SupervisionSessionStatus)
  @Column({ type: 'text' })
  status: SupervisionSessionStatus;

  /** De-identified free text for the supervisor only; see the `privateNotes` field resolver. */
  @Column({ name: 'private_notes', type: 'text', nullable: true })
  privateNotes: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A trainee who attended a session, and the hour entry the session credited them. */
@ObjectType()
@Entity({ name: 'supervision_session_attendees' })
export class SupervisionSessionAttendee {
  @Field(() => ID)
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_session_attendees' })
  sessionId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'trainee_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_session_attendees' })
  traineeId: string;

  @Field(() => ID, { nullable: true, description: 'Set when the session is completed.' })
  @Column({ name: 'hour_entry_id', type: 'uuid', nullable: true })
  hourEntryId: string | null;
}

/** A case thread discussed in a session. */
@Entity({ name: 'supervision_session_threads' })
export class SupervisionSessionThread {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_session_threads' })
  sessionId: string;

  @PrimaryColumn({ name: 'thread_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_session_threads' })
  threadId: string;
}
