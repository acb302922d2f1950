import { Field, ObjectType, ID } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SupervisionFocus, SupervisorRole } from '../supervision-session-enums';

/**
 * A supervisor's tag on a comment: focus and role of the discrimination model. A comment
 * has at most one current tag (`supersededAt` null); re-tagging supersedes it, so the
 * superseded rows are the comment's tag history.
 */
@ObjectType('SupervisionTag', { description: 'What a supervisor comment addressed (focus) and the role the supervisor took.' })
@Entity({ name: 'comment_tags' })
export class CommentTag {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment_tags' })
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @Field(() => SupervisionFocus)
  @Column({ type: 'text' })
  focus: SupervisionFocus;

  @Field(() => SupervisorRole)
  @Column({ type: 'text' })
  role: SupervisorRole;

  @Field(() => ID, { description: 'The supervisor who tagged the comment (also as `taggedBy`).' })
  @Column({ name: 'tagged_by_id', type: 'uuid' })
  taggedById: string;

  @Field()
  @Column({ name: 'tagged_at', type: 'timestamptz', default: () => 'now()' })
  taggedAt: Date;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
