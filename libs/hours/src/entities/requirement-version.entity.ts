import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from '@alliance/audit';
import { HourCategory, RequirementSet } from '../rules';

/**
 * One version of a program's requirement set, in effect from `effectiveFrom` until the
 * next version. The rule set is the engine's JSON, checked with `validateRuleSet`
 * before it is stored. Append-only.
 */
@ObjectType('ProgramRequirementVersion')
@Entity({ name: 'hour_requirement_versions' })
@Index('uq_hour_requirement_versions_program_date', ['programId', 'effectiveFrom'], { unique: true })
export class RequirementVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hour_requirement_versions' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'The requirement’s id, shared by all its versions.' })
  @Column({ name: 'requirement_id', type: 'text' })
  requirementId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'effective_from', type: 'date', utc: true })
  effectiveFrom: string;

  @Field(() => GraphQLJSON, { description: 'The rule set, as the JSON an administrator edits.' })
  @Column({ name: 'rule_set', type: 'jsonb' })
  ruleSet: RequirementSet;

  @Field(() => [HourCategory], { nullable: true, description: 'The categories the program accepts; null for all.' })
  @Column({ type: 'text', array: true, nullable: true })
  categories: HourCategory[] | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
