import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HourCategory, HourEntryStatus, HourModality } from '../rules';
import '../hour-enums';

/**
 * Time a trainee spent on one kind of training work on one day, and its verification.
 *
 * Once VERIFIED the row is a signed record: the database refuses to update or delete it
 * (see the Hours migration), and a mistake is fixed by a new entry whose `correctsId`
 * points here. Only the latest verified link of a correction chain counts in totals.
 */
@ObjectType()
@Entity({ name: 'hour_entries' })
@Index('ix_hour_entries_program_trainee_date', ['programId', 'traineeId', 'date', 'id'])
export class HourEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hour_entries' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field(() => ID, { description: 'The supervisor assigned to the trainee on the entry’s date.' })
  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId: string;

  @Field({ description: 'The placement (site) where the work took place.' })
  @Column({ type: 'text' })
  site: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'occurred_on', type: 'date', utc: true })
  date: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  minutes: number;

  @Field(() => HourCategory)
  @Column({ type: 'text' })
  category: HourCategory;

  @Field(() => HourModality)
  @Column({ type: 'text' })
  modality: HourModality;

  /** De-identified free text; exposed by a field resolver to the trainee and the supervising clinicians only. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => HourEntryStatus)
  @Column({ type: 'text' })
  status: HourEntryStatus;

  @Field(() => ID, { nullable: true, description: 'The verified entry this one corrects.' })
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why the supervisor returned the entry; cleared on resubmission (kept in events).' })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'verified_by_id', type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) over the entry’s content, verifier and verification time, computed by the database when verified.',
  })
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  @Field(() => ID, { nullable: true, description: 'The supervision session that credited this entry, if any.' })
  @Column({ name: 'supervision_session_id', type: 'uuid', nullable: true })
  supervisionSessionId: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', insert: false, update: false })
  updatedAt: Date;
}
