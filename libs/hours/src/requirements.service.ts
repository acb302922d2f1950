import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, DomainError, UnitOfWork } from '@alliance/core';
import { ProgramRole } from '@alliance/programs/program-enums';
import { RequirementTemplate } from './dto/requirement.models';
import { SetProgramRequirementsInput } from './dto/set-program-requirements.input';
import { RequirementVersion } from './entities/requirement-version.entity';
import { HourCategory, REQUIREMENT_TEMPLATES, validateRuleSet } from './rules';

/**
 * A program's requirement set, kept as versions by effective date. A new version never
 * replaces an old one: periods before its date are still judged by the rules then in
 * force (see `evaluateRequirements`).
 */
@Injectable()
export class RequirementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The engine's templates, to copy and edit; the same for everyone. */
  templates(_actor: Actor): RequirementTemplate[] {
    return REQUIREMENT_TEMPLATES.map((t) => ({ key: t.key, name: t.set.name, source: t.set.source, note: t.note, set: t.set }));
  }

  /** Every version of the program's requirement set, oldest first. Any member may read them. */
  async versions(actor: Actor, programId: string): Promise<RequirementVersion[]> {
    await this.access.requireMember(actor, programId);
    return this.versionsOf(programId);
  }

  /**
   * Adds a version (PROGRAM_ADMIN only). The set is checked by the engine's
   * `validateRuleSet`; every problem is reported under `requirementSet.<path>`. All
   * versions of a program share one requirement id, and no two take effect on one day.
   */
  async setRequirements(actor: Actor, input: SetProgramRequirementsInput): Promise<RequirementVersion> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.PROGRAM_ADMIN]);
    const validation = validateRuleSet(input.requirementSet);
    if (!validation.ok) {
      throw DomainError.badInput(
        'The requirement set is not valid',
        validation.errors.map((e) => ({ field: e.path ? `requirementSet.${e.path}` : 'requirementSet', message: e.message })),
      );
    }
    const set = validation.value;
    return this.uow.run(async ({ manager }) => {
      // Serialises concurrent versions of one program so the checks below hold.
      await manager.query(`SELECT id FROM programs WHERE id = $1 FOR UPDATE`, [input.programId]);
      const existing = await this.versionsOf(input.programId, manager);
      const other = existing.find((v) => v.requirementId !== set.id);
      if (other) {
        throw DomainError.badInput('A new version must keep the requirement’s id', [
          { field: 'requirementSet.id', message: `must be "${other.requirementId}", the id of this program’s requirement` },
        ]);
      }
      if (existing.some((v) => v.effectiveFrom === set.effectiveFrom)) {
        throw DomainError.conflict(`A version taking effect on ${set.effectiveFrom} already exists`);
      }
      const version = manager.create(RequirementVersion, {
        programId: input.programId,
        requirementId: set.id,
        effectiveFrom: set.effectiveFrom,
        ruleSet: set,
        categories: input.categories?.length ? [...input.categories] : null,
        createdById: actor.userId,
      });
      await manager.save(version);
      await this.audit.record(manager, actor, {
        action: 'hours.requirements_set',
        targetType: 'hour_requirement_version',
        targetId: version.id,
        programId: input.programId,
        metadata: { effectiveFrom: set.effectiveFrom, rules: set.rules.length },
      });
      return version;
    });
  }

  /** Versions of a program, oldest first (internal: no access check). */
  versionsOf(programId: string, manager?: EntityManager): Promise<RequirementVersion[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(RequirementVersion)
      .find({ where: { programId }, order: { effectiveFrom: 'ASC' } });
  }
}

/**
 * Whether the program accepts `category` on `date`: the version in effect that day (the
 * earliest one for days before any version) decides; no versions, or a version without
 * a category list, accept every category.
 */
export function acceptsCategory(versions: readonly RequirementVersion[], date: string, category: HourCategory): boolean {
  if (versions.length === 0) return true;
  const inEffect = [...versions].reverse().find((v) => v.effectiveFrom <= date) ?? versions[0];
  return inEffect.categories === null || inEffect.categories.includes(category);
}
