import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PhiRedaction, RedactionsField } from '@alliance/privacy';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClientCaseStatus } from '../supervision-enums';

/**
 * One client of a trainee, known only by a non-identifying alias. Threads, alliance
 * check-ins, referral decisions and reflections attach to it, so a supervisor sees one
 * client's whole story. It holds no identifying field.
 */
@ObjectType()
@Entity({ name: 'client_cases' })
export class ClientCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_client_cases' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId: string;

  @Field({ description: 'A non-identifying label such as "Client K".' })
  @Column({ type: 'text' })
  alias: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'started_on', type: 'date', utc: true })
  startedOn: string;

  @Field(() => ClientCaseStatus)
  @Column({ type: 'text', default: ClientCaseStatus.ACTIVE })
  status: ClientCaseStatus;

  @Field({ description: 'The client ended therapy before the work was done (about one in five do).' })
  @Column({ name: 'ended_prematurely', type: 'boolean', default: false })
  endedPrematurely: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set on a write's response only. */
  @RedactionsField()
  redactions?: PhiRedaction[];
}
