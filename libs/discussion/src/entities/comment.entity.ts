import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommentKind } from '../discussion-enums';
import { BIGINT_AS_STRING } from './bigint.transformer';

/** A comment on a case thread; a reply has a parent (one level of nesting). */
@ObjectType()
@Entity({ name: 'comments' })
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comments' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => CommentKind)
  @Column({ type: 'text', default: CommentKind.COMMENT })
  kind: CommentKind;

  @Field({ description: 'Empty once deleted (the comment stays as a tombstone).' })
  @Column({ type: 'text' })
  body: string;

  /** The thread event sequence number at which the comment was added. */
  @Column({ type: 'bigint', transformer: BIGINT_AS_STRING })
  seq: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'client_mutation_id', type: 'text', nullable: true })
  clientMutationId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

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

@ObjectType()
@Entity({ name: 'comment_revisions' })
export class CommentRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment_revisions' })
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
