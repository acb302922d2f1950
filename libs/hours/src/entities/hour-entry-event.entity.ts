import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HourEntryEventKind } from '../hour-enums';

/** One state change of an hour entry: who, when, and for a return, why. Append-only. */
@ObjectType()
@Entity({ name: 'hour_entry_events' })
@Index('ix_hour_entry_events_entry', ['entryId', 'occurredAt'])
export class HourEntryEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hour_entry_events' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => HourEntryEventKind)
  @Column({ type: 'text' })
  kind: HourEntryEventKind;

  @Field(() => ID)
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false, update: false })
  occurredAt: Date;
}
