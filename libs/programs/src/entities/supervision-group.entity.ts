import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GroupRole } from '../program-enums';

/** A named set of trainees with one or more supervisors, who meet for group supervision. */
@ObjectType()
@Entity({ name: 'supervision_groups' })
export class SupervisionGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_supervision_groups' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType()
@Entity({ name: 'supervision_group_members' })
export class SupervisionGroupMember {
  @Field(() => ID)
  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_group_members' })
  groupId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_group_members' })
  userId: string;

  @Field(() => GroupRole)
  @Column({ type: 'text' })
  role: GroupRole;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
