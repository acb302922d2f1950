import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramRole } from '../program-enums';

/** A person's role in one program. One person may hold several roles, in one program or many. */
@ObjectType()
@Entity({ name: 'memberships' })
@Index('uq_memberships_program_user_role', ['programId', 'userId', 'role'], { unique: true })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_memberships' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Index('ix_memberships_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => ProgramRole)
  @Column({ type: 'text' })
  role: ProgramRole;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
