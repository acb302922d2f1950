import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RuptureMarker } from '../supervision-enums';
import type { RuptureFinding } from './rupture';

/** A trainee's rating of the working alliance after one session with a client (Bordin: goal, task, bond). */
@ObjectType()
@Entity({ name: 'alliance_check_ins' })
export class AllianceCheckIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_alliance_check_ins' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'client_case_id', type: 'uuid' })
  clientCaseId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field(() => Int)
  @Column({ name: 'session_number', type: 'integer' })
  sessionNumber: number;

  @Field(() => Int, { description: 'Agreement on the goals of therapy, 1 to 7.' })
  @Column({ type: 'smallint' })
  goal: number;

  @Field(() => Int, { description: 'Collaboration on the tasks of therapy, 1 to 7.' })
  @Column({ type: 'smallint' })
  task: number;

  @Field(() => Int, { description: 'The emotional bond, 1 to 7.' })
  @Column({ type: 'smallint' })
  bond: number;

  @Field(() => Float, { nullable: true, description: 'A score the client gave (e.g. a session rating scale), 0 to 100.' })
  @Column({ name: 'client_rated_score', type: 'double precision', nullable: true })
  clientRatedScore: number | null;

  @Field(() => [RuptureMarker])
  @Column({ name: 'rupture_markers', type: 'text', array: true, default: () => "'{}'" })
  ruptureMarkers: RuptureMarker[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** What made this check-in a rupture when it was recorded, under the thresholds then in force. */
  @Column({ name: 'rupture_alert', type: 'jsonb', nullable: true })
  ruptureAlert: RuptureFinding[] | null;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set on a write's response only. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}
