import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '@alliance/core';
import GraphQLJSON from './json.scalar';

/**
 * An append-only record of who did what to which record, and in which request. A database
 * trigger refuses UPDATE and DELETE on this table for every role, the application's included.
 * Metadata holds kinds, counts and ids, never case text.
 */
@ObjectType()
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_target', ['targetType', 'targetId', 'occurredAt'])
@Index('ix_audit_events_program', ['programId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_events' })
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Field()
  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Field(() => GraphQLJSON)
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  metadata: Record<string, unknown>;

  @Field()
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent) {}
