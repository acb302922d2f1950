import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, today } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, DomainError, UnitOfWork } from '@alliance/core';
import { ProgramActivityService, ProgramActivityType, ThreadTopic } from '@alliance/discussion';
import { PhiGuard } from '@alliance/privacy';
import { ClientCasesService } from '../client-cases/client-cases.service';
import { ClientCase } from '../client-cases/client-case.entity';
import { AllianceDimension, ClientCaseStatus, RuptureReasonKind } from '../supervision-enums';
import { SupervisionSettingsService } from '../supervision-settings/supervision-settings.service';
import { AllianceCheckIn } from './alliance-check-in.entity';
import { RecordAllianceCheckInInput } from './alliance.inputs';
import { AllianceCheckInPayload, AlliancePoint, AllianceTrend, RuptureAlert, SuggestedThread } from './alliance.models';
import { describeRupture, detectRupture, meansOf, RuptureFinding } from './rupture';

/**
 * Alliance check-ins: the trainee rates goal, task and bond after a session; a check-in
 * that crosses the program's rupture thresholds is announced live to the supervisors
 * assigned to the trainee (ids and a case-text-free summary only) and comes back with a
 * prefilled ALLIANCE_RUPTURE thread for the trainee.
 */
@Injectable()
export class AllianceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly guard: PhiGuard,
    private readonly cases: ClientCasesService,
    private readonly settings: SupervisionSettingsService,
    private readonly activity: ProgramActivityService,
  ) {}

  async record(actor: Actor, input: RecordAllianceCheckInInput): Promise<AllianceCheckInPayload> {
    const texts = await this.guard.check({ note: input.note ?? undefined }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      // The case row lock serialises check-ins of one case, so running means and streaks are consistent.
      const clientCase = await this.cases.requireReadable(manager, actor, input.clientCaseId, { lock: true });
      if (clientCase.traineeId !== actor.userId) throw DomainError.forbidden('Only the case’s trainee records alliance check-ins');
      if (clientCase.status !== ClientCaseStatus.ACTIVE) throw DomainError.conflict(`This case is ${clientCase.status}; check-ins are for active cases`, { reason: 'CASE_NOT_ACTIVE' });
      const others = await manager.find(AllianceCheckIn, { where: { clientCaseId: clientCase.id }, order: { sessionNumber: 'ASC' } });
      if (others.some((c) => c.sessionNumber === input.sessionNumber)) {
        throw DomainError.conflict(`Session ${input.sessionNumber} already has a check-in`, { field: 'sessionNumber' });
      }
      const settings = await this.settings.forProgram(manager, clientCase.programId);
      const ratings = { sessionNumber: input.sessionNumber, goal: input.goal, task: input.task, bond: input.bond, ruptureMarkers: input.ruptureMarkers };
      const findings = detectRupture(others, ratings, { dropPoints: settings.ruptureDropPoints, consecutiveMarkers: settings.ruptureConsecutiveMarkers });
      const checkIn = await manager.save(
        manager.create(AllianceCheckIn, {
          clientCaseId: clientCase.id,
          programId: clientCase.programId,
          traineeId: clientCase.traineeId,
          ...ratings,
          clientRatedScore: input.clientRatedScore ?? null,
          note: texts.note?.trim() ?? null,
          ruptureAlert: findings.length ? findings : null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'alliance_check_in.recorded',
        targetType: 'alliance_check_in',
        targetId: checkIn.id,
        programId: clientCase.programId,
        metadata: { clientCaseId: clientCase.id, sessionNumber: input.sessionNumber, ruptureAlert: findings.map((f) => f.kind), ...texts.auditMetadata },
      });
      if (findings.length === 0) return { checkIn: Object.assign(checkIn, { redactions: texts.redactions }), ruptureAlert: null, suggestedThread: null };

      const supervisors = await this.access.supervisorsOf(clientCase.programId, clientCase.traineeId, today(), manager);
      const summary = describeRupture(findings, input.sessionNumber);
      afterCommit(() =>
        this.activity.announce({
          type: ProgramActivityType.RUPTURE_ALERT,
          programId: clientCase.programId,
          clientCaseId: clientCase.id,
          traineeId: clientCase.traineeId,
          recipientIds: supervisors,
          summary,
        }),
      );
      return {
        checkIn: Object.assign(checkIn, { redactions: texts.redactions }),
        ruptureAlert: toAlert(findings),
        suggestedThread: suggestThread(clientCase, input.sessionNumber),
      };
    });
  }

  /** The case's check-ins by session number, each with the running mean of those before it. */
  async trend(actor: Actor, clientCaseId: string): Promise<AllianceTrend> {
    const clientCase = await this.cases.requireReadable(this.dataSource.manager, actor, clientCaseId);
    const checkIns = await this.dataSource.getRepository(AllianceCheckIn).find({ where: { clientCaseId }, order: { sessionNumber: 'ASC' } });
    await this.audit.record(this.dataSource.manager, actor, { action: 'alliance_trend.read', targetType: 'client_case', targetId: clientCase.id, programId: clientCase.programId, metadata: { checkIns: checkIns.length } });
    const points: AlliancePoint[] = checkIns.map((checkIn, i) => ({
      checkIn,
      runningMean: meansOf(checkIns.slice(0, i)),
      ruptureAlert: checkIn.ruptureAlert ? toAlert(checkIn.ruptureAlert) : null,
    }));
    return { clientCaseId, points, mean: meansOf(checkIns) };
  }
}

function toAlert(findings: RuptureFinding[]): RuptureAlert {
  return {
    reasons: findings.map((f) =>
      f.kind === 'DIMENSION_DROP'
        ? { kind: RuptureReasonKind.DIMENSION_DROP, dimension: f.dimension as AllianceDimension, rating: f.rating, runningMean: f.runningMean, drop: f.drop, consecutive: null }
        : { kind: RuptureReasonKind.CONSECUTIVE_MARKERS, dimension: null, rating: null, runningMean: null, drop: null, consecutive: f.consecutive },
    ),
  };
}

function suggestThread(clientCase: ClientCase, sessionNumber: number): SuggestedThread {
  return {
    programId: clientCase.programId,
    title: `Possible alliance rupture with ${clientCase.alias} after session ${sessionNumber}`,
    body: [
      `My alliance check-in after session ${sessionNumber} suggests a strain in the alliance.`,
      '',
      '**What I noticed** (withdrawal, confrontation, a shift in goals, tasks or bond):',
      '',
      '**What may have contributed:**',
      '',
      '**What I have tried, or plan to try, to repair it:**',
      '',
      '**What I want from supervision:**',
      '',
    ].join('\n'),
    topics: [ThreadTopic.ALLIANCE_RUPTURE],
    clientAlias: clientCase.alias,
    clientCaseId: clientCase.id,
  };
}
