import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService, today } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { Actor, DomainError, ErrorCode, UnitOfWork } from '@alliance/core';
import { CaseThread, ProgramActivityService, ProgramActivityType, ThreadTopic } from '@alliance/discussion';
import { PhiGuard } from '@alliance/privacy';
import { ClientCasesService } from '../client-cases/client-cases.service';
import { DecideReferralInput, RecordReferralConsiderationInput } from './referral.inputs';
import { ReferralConsideration, ReferralDecision } from './referral.entities';

/**
 * Referral consultation: on a REFERRAL thread the trainee records why a referral is on
 * their mind, what was tried and the options considered; a supervisor assigned to them
 * decides, with a rationale and a follow-up date; the trainee acknowledges the current
 * decision. A consideration and its decisions are read by the trainee and the
 * supervisors assigned to them only. Changes are audited and announced as program
 * activity to the people concerned (ids and kinds only).
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly guard: PhiGuard,
    private readonly activity: ProgramActivityService,
    private readonly cases: ClientCasesService,
  ) {}

  async consider(actor: Actor, input: RecordReferralConsiderationInput): Promise<ReferralConsideration> {
    const texts = await this.guard.check({ whatWasTried: input.whatWasTried, optionsConsidered: input.optionsConsidered }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      const thread = await manager.findOneBy(CaseThread, { id: input.threadId });
      if (!thread || !(await this.access.readableThreadIds(actor, [thread.id], manager)).has(thread.id)) throw DomainError.notFound('Thread');
      if (thread.authorId !== actor.userId) throw DomainError.forbidden('Only the thread’s author records a referral consideration');
      if (!thread.topics.includes(ThreadTopic.REFERRAL)) {
        throw DomainError.badInput('A referral consideration goes on a thread with the REFERRAL topic', [{ field: 'threadId', message: 'must be a thread with the REFERRAL topic' }]);
      }
      const consideration = await manager.save(
        manager.create(ReferralConsideration, {
          programId: thread.programId,
          threadId: thread.id,
          clientCaseId: thread.clientCaseId,
          authorId: actor.userId,
          reasons: input.reasons,
          whatWasTried: texts.whatWasTried.trim(),
          optionsConsidered: texts.optionsConsidered.trim(),
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'referral.considered',
        targetType: 'referral_consideration',
        targetId: consideration.id,
        programId: thread.programId,
        metadata: { threadId: thread.id, reasons: input.reasons, ...texts.auditMetadata },
      });
      const supervisors = await this.access.supervisorsOf(thread.programId, actor.userId, today(), manager);
      afterCommit(() => this.announce(ProgramActivityType.REFERRAL_CONSIDERED, consideration, supervisors, `Referral considered (${input.reasons.length} reason${input.reasons.length === 1 ? '' : 's'}).`));
      return Object.assign(consideration, { decisions: [], redactions: texts.redactions });
    });
  }

  async decide(actor: Actor, input: DecideReferralInput): Promise<ReferralDecision> {
    if (input.followUpOn && input.followUpOn < today()) {
      throw DomainError.badInput('A follow-up date cannot be in the past', [{ field: 'followUpOn', message: 'must be today or later' }]);
    }
    const texts = await this.guard.check({ rationale: input.rationale }, input.phi);
    return this.uow.run(async ({ manager, afterCommit }) => {
      // The row lock serialises decisions on one consideration, so versions never collide.
      const consideration = await this.lockReadable(manager, actor, input.considerationId);
      if (!(await this.access.isAssignedSupervisor(consideration.programId, actor.userId, consideration.authorId, today(), manager))) {
        throw DomainError.forbidden('Only a supervisor assigned to the trainee decides on a referral');
      }
      const [{ next }]: Array<{ next: number }> = await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM referral_decisions WHERE consideration_id = $1`, [consideration.id]);
      const decision = await manager.save(
        manager.create(ReferralDecision, {
          considerationId: consideration.id,
          programId: consideration.programId,
          threadId: consideration.threadId,
          clientCaseId: consideration.clientCaseId,
          traineeId: consideration.authorId,
          version: Number(next),
          decision: input.decision,
          rationale: texts.rationale.trim(),
          followUpOn: input.followUpOn ?? null,
          decidedById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'referral.decided',
        targetType: 'referral_decision',
        targetId: decision.id,
        programId: consideration.programId,
        metadata: { considerationId: consideration.id, decision: input.decision, version: decision.version, followUpOn: decision.followUpOn, ...texts.auditMetadata },
      });
      const supervisors = await this.access.supervisorsOf(consideration.programId, consideration.authorId, today(), manager);
      const recipients = [consideration.authorId, ...supervisors].filter((id) => id !== actor.userId);
      afterCommit(() => this.announce(ProgramActivityType.REFERRAL_DECIDED, consideration, recipients, `Referral decision ${decision.version}: ${input.decision}.`));
      const stored = await manager.findOneByOrFail(ReferralDecision, { id: decision.id });
      return Object.assign(stored, { current: true, redactions: texts.redactions });
    });
  }

  /** The trainee acknowledges the current decision; acknowledging twice changes nothing. */
  async acknowledge(actor: Actor, decisionId: string): Promise<ReferralDecision> {
    return this.uow.run(async ({ manager, afterCommit }) => {
      const found = await manager.findOneBy(ReferralDecision, { id: decisionId });
      if (!found) throw DomainError.notFound('Referral decision');
      const consideration = await this.lockReadable(manager, actor, found.considerationId, 'Referral decision');
      if (consideration.authorId !== actor.userId) throw DomainError.forbidden('Only the trainee acknowledges a referral decision');
      const [{ latest }]: Array<{ latest: number }> = await manager.query(`SELECT max(version) AS latest FROM referral_decisions WHERE consideration_id = $1`, [consideration.id]);
      if (found.version !== Number(latest)) {
        throw new DomainError(ErrorCode.CONFLICT, 'A newer decision superseded this one; acknowledge the current decision', { reason: 'DECISION_SUPERSEDED' });
      }
      if (found.acknowledgedAt) return Object.assign(found, { current: true });
      await manager.query(`UPDATE referral_decisions SET acknowledged_at = now(), acknowledged_by_id = $2 WHERE id = $1`, [found.id, actor.userId]);
      await this.audit.record(manager, actor, {
        action: 'referral.acknowledged',
        targetType: 'referral_decision',
        targetId: found.id,
        programId: found.programId,
        metadata: { considerationId: consideration.id, version: found.version },
      });
      const supervisors = await this.access.supervisorsOf(found.programId, found.traineeId, today(), manager);
      const recipients = [...new Set([found.decidedById, ...supervisors])];
      afterCommit(() => this.announce(ProgramActivityType.REFERRAL_ACKNOWLEDGED, consideration, recipients, `Referral decision ${found.version} acknowledged.`));
      return Object.assign(await manager.findOneByOrFail(ReferralDecision, { id: found.id }), { current: true });
    });
  }

  /** The considerations on a thread, oldest first, each with its decisions. */
  async forThread(actor: Actor, threadId: string): Promise<ReferralConsideration[]> {
    const thread = await this.dataSource.getRepository(CaseThread).findOneBy({ id: threadId });
    if (!thread || !(await this.access.clinicallyOverseenTrainees(actor, thread.programId, [thread.authorId])).has(thread.authorId)) throw DomainError.notFound('Thread');
    const considerations = await this.dataSource.getRepository(ReferralConsideration).find({ where: { threadId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.withDecisions(actor, thread.programId, considerations);
  }

  /** The considerations about a client case, oldest first, each with its decisions. */
  async forClientCase(actor: Actor, clientCaseId: string): Promise<ReferralConsideration[]> {
    const clientCase = await this.cases.requireReadable(this.dataSource.manager, actor, clientCaseId);
    const considerations = await this.dataSource.getRepository(ReferralConsideration).find({ where: { clientCaseId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.withDecisions(actor, clientCase.programId, considerations);
  }

  private async withDecisions(actor: Actor, programId: string, considerations: ReferralConsideration[]): Promise<ReferralConsideration[]> {
    const ids = considerations.map((c) => c.id);
    const decisions = ids.length ? await this.dataSource.getRepository(ReferralDecision).find({ where: { considerationId: In(ids) }, order: { version: 'ASC' } }) : [];
    for (const consideration of considerations) {
      const own = decisions.filter((d) => d.considerationId === consideration.id);
      own.forEach((d, i) => (d.current = i === own.length - 1));
      consideration.decisions = own;
    }
    await this.audit.recordMany(
      this.dataSource.manager,
      actor,
      considerations.map((c) => ({ action: 'referral.read', targetType: 'referral_consideration', targetId: c.id, programId, metadata: { decisions: c.decisions.length } })),
    );
    return considerations;
  }

  /**
   * The consideration, locked, when the actor is its author or a supervisor assigned to them.
   * @throws NOT_FOUND otherwise.
   */
  private async lockReadable(manager: EntityManager, actor: Actor, considerationId: string, what = 'Referral consideration'): Promise<ReferralConsideration> {
    const consideration = await manager.getRepository(ReferralConsideration).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: considerationId }).getOne();
    if (!consideration || !(await this.access.clinicallyOverseenTrainees(actor, consideration.programId, [consideration.authorId], today(), manager)).has(consideration.authorId)) {
      throw DomainError.notFound(what);
    }
    return consideration;
  }

  private async announce(type: ProgramActivityType, consideration: ReferralConsideration, recipientIds: string[], summary: string): Promise<void> {
    await this.activity.announce({ type, programId: consideration.programId, clientCaseId: consideration.clientCaseId, traineeId: consideration.authorId, recipientIds, summary });
  }
}
