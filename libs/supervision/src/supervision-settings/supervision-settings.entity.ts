import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_RUPTURE_DROP_POINTS = 2;
export const DEFAULT_RUPTURE_CONSECUTIVE_MARKERS = 2;

/** A program's supervision settings; a program without a row uses the defaults. */
@ObjectType()
@Entity({ name: 'supervision_settings' })
export class SupervisionSettings {
  @Field(() => ID)
  @PrimaryColumn({ name: 'program_id', type: 'uuid', primaryKeyConstraintName: 'pk_supervision_settings' })
  programId: string;

  @Field(() => Float, { description: `A rupture alert fires when goal, task or bond falls this many points below the case's running mean (default ${DEFAULT_RUPTURE_DROP_POINTS}).` })
  @Column({ name: 'rupture_drop_points', type: 'double precision', default: DEFAULT_RUPTURE_DROP_POINTS })
  ruptureDropPoints: number;

  @Field(() => Int, { description: `…or when rupture markers were recorded in this many consecutive check-ins (default ${DEFAULT_RUPTURE_CONSECUTIVE_MARKERS}).` })
  @Column({ name: 'rupture_consecutive_markers', type: 'integer', default: DEFAULT_RUPTURE_CONSECUTIVE_MARKERS })
  ruptureConsecutiveMarkers: number;

  @Field(() => ID, { nullable: true, description: 'Null while the program uses the defaults.' })
  @Column({ name: 'updated_by_id', type: 'uuid' })
  updatedById: string | null;

  @Field(() => Date, { nullable: true })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date | null;
}
