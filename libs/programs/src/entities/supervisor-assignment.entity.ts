import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentRole } from '../program-enums';

/**
 * A supervisor's responsibility for a trainee over a span of dates (end inclusive,
 * open-ended while `endsOn` is null). Dates are calendar dates, `YYYY-MM-DD`.
 */
@ObjectType()
@Entity({ name: 'supervisor_assignments' })
@Index('ix_assignments_program_trainee', ['programId', 'traineeId'])
@Index('ix_assignments_program_supervisor', ['programId', 'supervisorId'])
export class SupervisorAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supervisor_assignments' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field(() => ID)
  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId: string;

  @Field(() => AssignmentRole)
  @Column({ type: 'text' })
  role: AssignmentRole;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null while open-ended.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
