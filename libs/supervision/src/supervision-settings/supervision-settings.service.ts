import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, UnitOfWork } from '@alliance/core';
import { ProgramRole } from '@alliance/programs';
import { SetSupervisionSettingsInput } from './set-supervision-settings.input';
import { DEFAULT_RUPTURE_CONSECUTIVE_MARKERS, DEFAULT_RUPTURE_DROP_POINTS, SupervisionSettings } from './supervision-settings.entity';

/** A program's supervision settings (rupture thresholds): members read them, program admins set them. */
@Injectable()
export class SupervisionSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, programId: string): Promise<SupervisionSettings> {
    await this.access.requireMember(actor, programId);
    return this.forProgram(this.dataSource.manager, programId);
  }

  async set(actor: Actor, input: SetSupervisionSettingsInput): Promise<SupervisionSettings> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.PROGRAM_ADMIN]);
    return this.uow.run(async ({ manager }) => {
      const before = await this.forProgram(manager, input.programId);
      const after = {
        ruptureDropPoints: input.ruptureDropPoints ?? before.ruptureDropPoints,
        ruptureConsecutiveMarkers: input.ruptureConsecutiveMarkers ?? before.ruptureConsecutiveMarkers,
      };
      await manager.query(
        `INSERT INTO supervision_settings (program_id, rupture_drop_points, rupture_consecutive_markers, updated_by_id, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (program_id) DO UPDATE SET rupture_drop_points = EXCLUDED.rupture_drop_points,
           rupture_consecutive_markers = EXCLUDED.rupture_consecutive_markers, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [input.programId, after.ruptureDropPoints, after.ruptureConsecutiveMarkers, actor.userId],
      );
      await this.audit.record(manager, actor, {
        action: 'supervision_settings.set',
        targetType: 'program',
        targetId: input.programId,
        programId: input.programId,
        metadata: { before: { ruptureDropPoints: before.ruptureDropPoints, ruptureConsecutiveMarkers: before.ruptureConsecutiveMarkers }, after },
      });
      return this.forProgram(manager, input.programId);
    });
  }

  /** The program's settings, or the defaults when it has none. No access check: for services that already did one. */
  async forProgram(manager: EntityManager, programId: string): Promise<SupervisionSettings> {
    const stored = await manager.findOneBy(SupervisionSettings, { programId });
    return (
      stored ??
      Object.assign(new SupervisionSettings(), {
        programId,
        ruptureDropPoints: DEFAULT_RUPTURE_DROP_POINTS,
        ruptureConsecutiveMarkers: DEFAULT_RUPTURE_CONSECUTIVE_MARKERS,
        updatedById: null,
        updatedAt: null,
      })
    );
  }
}
