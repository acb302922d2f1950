import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramKind } from '../program-enums';

/** A training program: a practicum, an internship site or a post-degree licensure track. */
@ObjectType()
@Entity({ name: 'programs' })
export class Program {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programs' })
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => ProgramKind)
  @Column({ type: 'text' })
  kind: ProgramKind;

  @Field(() => String, { nullable: true, description: 'Free text: the accrediting body or licensing board.' })
  @Column({ name: 'accrediting_body', type: 'text', nullable: true })
  accreditingBody: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
