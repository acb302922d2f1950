import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, DomainError } from '@alliance/core';
import { ProgramRole } from '@alliance/programs/program-enums';

/** `true` when an assignment is in force on `$date` (a `YYYY-MM-DD` parameter). */
const ASSIGNMENT_ACTIVE = (alias: string, dateParam: string) =>
  `${alias}.starts_on <= ${dateParam}::date AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${dateParam}::date)`;

/**
 * SQL condition: the thread aliased `t` is readable by the user in parameter `actor` on the
 * date in parameter `date`. Its author; for an audience of SUPERVISORS, a supervisor assigned
 * to the author on that date; for a GROUP audience, a member of that group. Program admins
 * are deliberately absent: they manage people and hours, they do not read case content.
 */
export function threadReadableSql(t: string, actor: string, date: string): string {
  return `(${t}.author_id = ${actor}
    OR (${t}.audience = 'SUPERVISORS' AND EXISTS (
          SELECT 1 FROM supervisor_assignments ra
           WHERE ra.program_id = ${t}.program_id AND ra.trainee_id = ${t}.author_id AND ra.supervisor_id = ${actor}
             AND ${ASSIGNMENT_ACTIVE('ra', date)}))
    OR (${t}.audience = 'GROUP' AND EXISTS (
          SELECT 1 FROM supervision_group_members rg WHERE rg.group_id = ${t}.group_id AND rg.user_id = ${actor})))`;
}

/**
 * SQL condition: the client case aliased `c` is readable by the user in parameter `actor`
 * on the date in parameter `date`: its trainee, or a supervisor assigned to that trainee.
 */
export function clientCaseReadableSql(c: string, actor: string, date: string): string {
  return `(${c}.trainee_id = ${actor}
    OR EXISTS (SELECT 1 FROM supervisor_assignments ca
                WHERE ca.program_id = ${c}.program_id AND ca.trainee_id = ${c}.trainee_id AND ca.supervisor_id = ${actor}
                  AND ${ASSIGNMENT_ACTIVE('ca', date)}))`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The one place that decides who may see or change what. Every question is asked for a
 * set of ids at once and answered with the subset the actor may use, so lists, single
 * reads, mutations and subscriptions all share the same rules and cost one query.
 *
 * The rules, in brief:
 * - only members see a program; to anyone else it does not exist (NOT_FOUND);
 * - program admins manage people and hours but are not clinical readers of case content;
 * - supervisors see the trainees assigned to them (assignment in force) or in a
 *   supervision group they lead; trainees see themselves, program staff and group peers.
 *
 * @example
 *   const allowed = await access.traineesOverseenBy(actor, programId, ids);
 *   const visible = ids.filter((id) => allowed.has(id));
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** The actor's roles in a program (empty when not a member). */
  async rolesIn(actor: Actor, programId: string, manager?: EntityManager): Promise<Set<ProgramRole>> {
    const rows: Array<{ role: ProgramRole }> = await (manager ?? this.dataSource).query(
      `SELECT role FROM memberships WHERE program_id = $1 AND user_id = $2`,
      [programId, actor.userId],
    );
    return new Set(rows.map((row) => row.role));
  }

  /** @throws NOT_FOUND when the actor is not a member: a program one cannot see does not exist. */
  async requireMember(actor: Actor, programId: string, manager?: EntityManager): Promise<Set<ProgramRole>> {
    const roles = await this.rolesIn(actor, programId, manager);
    if (roles.size === 0) throw DomainError.notFound('Program');
    return roles;
  }

  /** @throws NOT_FOUND for non-members, FORBIDDEN for members without one of `allowed`. */
  async requireRole(actor: Actor, programId: string, allowed: ProgramRole[], manager?: EntityManager): Promise<Set<ProgramRole>> {
    const roles = await this.requireMember(actor, programId, manager);
    if (!allowed.some((role) => roles.has(role))) {
      throw DomainError.forbidden(`This needs the ${allowed.join(' or ')} role in the program`);
    }
    return roles;
  }

  /** Programs the actor belongs to, in any role. */
  async programIdsOf(actor: Actor): Promise<string[]> {
    const rows: Array<{ program_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT program_id FROM memberships WHERE user_id = $1`,
      [actor.userId],
    );
    return rows.map((row) => row.program_id);
  }

  /**
   * Which of `userIds` (members of the program) the actor may see in member lists.
   * Admins see everyone; everybody sees staff; a trainee is visible to themself, to
   * supervisors assigned to them, and to people who share a supervision group with them.
   */
  async visibleMemberIds(actor: Actor, programId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT m.user_id
         FROM memberships m
        WHERE m.program_id = $1 AND m.user_id = ANY($2::uuid[])
          AND (
            EXISTS (SELECT 1 FROM memberships me WHERE me.program_id = $1 AND me.user_id = $3 AND me.role = 'PROGRAM_ADMIN')
            OR m.user_id = $3
            OR m.role <> 'TRAINEE'
            OR EXISTS (SELECT 1 FROM supervisor_assignments a
                        WHERE a.program_id = $1 AND a.supervisor_id = $3 AND a.trainee_id = m.user_id
                          AND ${ASSIGNMENT_ACTIVE('a', '$4')})
            OR EXISTS (SELECT 1 FROM supervision_group_members gm1
                         JOIN supervision_group_members gm2 ON gm2.group_id = gm1.group_id
                         JOIN supervision_groups g ON g.id = gm1.group_id AND g.program_id = $1
                        WHERE gm1.user_id = $3 AND gm2.user_id = m.user_id)
          )`,
      [programId, userIds, actor.userId, today()],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /**
   * Which of `traineeIds` the actor oversees in a program, for their records (hours,
   * progress): themselves, every trainee for a program admin, and for a supervisor the
   * trainees assigned to them on `onDate` or in a group they supervise.
   */
  async traineesOverseenBy(actor: Actor, programId: string, traineeIds: string[], onDate = today(), manager?: EntityManager): Promise<Set<string>> {
    if (traineeIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource).query(
      `SELECT DISTINCT m.user_id
         FROM memberships m
        WHERE m.program_id = $1 AND m.role = 'TRAINEE' AND m.user_id = ANY($2::uuid[])
          AND (
            m.user_id = $3
            OR EXISTS (SELECT 1 FROM memberships me WHERE me.program_id = $1 AND me.user_id = $3 AND me.role = 'PROGRAM_ADMIN')
            OR EXISTS (SELECT 1 FROM supervisor_assignments a
                        WHERE a.program_id = $1 AND a.supervisor_id = $3 AND a.trainee_id = m.user_id
                          AND ${ASSIGNMENT_ACTIVE('a', '$4')})
            OR EXISTS (SELECT 1 FROM supervision_group_members gs
                         JOIN supervision_group_members gt ON gt.group_id = gs.group_id AND gt.role = 'TRAINEE'
                         JOIN supervision_groups g ON g.id = gs.group_id AND g.program_id = $1
                        WHERE gs.user_id = $3 AND gs.role = 'SUPERVISOR' AND gt.user_id = m.user_id)
          )`,
      [programId, traineeIds, actor.userId, onDate],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Whether `supervisorId` is assigned to `traineeId` in the program on `onDate`. */
  async isAssignedSupervisor(programId: string, supervisorId: string, traineeId: string, onDate: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource).query(
      `SELECT 1 FROM supervisor_assignments a
        WHERE a.program_id = $1 AND a.supervisor_id = $2 AND a.trainee_id = $3 AND ${ASSIGNMENT_ACTIVE('a', '$4')}
        LIMIT 1`,
      [programId, supervisorId, traineeId, onDate],
    );
    return rows.length > 0;
  }

  /**
   * Which (trainee, date) pairs `supervisorId` was assigned to in the program, e.g. the
   * entries a supervisor may verify. Answers with keys `traineeId|YYYY-MM-DD`.
   *
   * @example
   *   const ok = await access.supervisedOn(programId, actor.userId, entries.map((e) => ({ traineeId: e.traineeId, onDate: e.date })));
   *   ok.has(`${entry.traineeId}|${entry.date}`);
   */
  async supervisedOn(
    programId: string,
    supervisorId: string,
    pairs: Array<{ traineeId: string; onDate: string }>,
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows: Array<{ key: string }> = await (manager ?? this.dataSource).query(
      `SELECT DISTINCT p.trainee_id::text || '|' || to_char(p.on_date, 'YYYY-MM-DD') AS key
         FROM unnest($3::uuid[], $4::date[]) AS p(trainee_id, on_date)
        WHERE EXISTS (SELECT 1 FROM supervisor_assignments a
                       WHERE a.program_id = $1 AND a.supervisor_id = $2 AND a.trainee_id = p.trainee_id
                         AND a.starts_on <= p.on_date AND (a.ends_on IS NULL OR a.ends_on >= p.on_date))`,
      [programId, supervisorId, pairs.map((p) => p.traineeId), pairs.map((p) => p.onDate)],
    );
    return new Set(rows.map((row) => row.key));
  }

  /** Which of `threadIds` the actor may read (and so comment on and subscribe to). */
  async readableThreadIds(actor: Actor | { userId: string }, threadIds: string[], manager?: EntityManager): Promise<Set<string>> {
    if (threadIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await (manager ?? this.dataSource).query(
      `SELECT t.id FROM case_threads t WHERE t.id = ANY($1::uuid[]) AND ${threadReadableSql('t', '$2', '$3')}`,
      [threadIds, actor.userId, today()],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Which of `userIds` may read the thread (for @mentions and live audiences). */
  async threadReaders(threadId: string, userIds: string[], manager?: EntityManager): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource).query(
      `SELECT u.id AS user_id FROM case_threads t, unnest($2::uuid[]) AS u(id)
        WHERE t.id = $1 AND ${threadReadableSql('t', 'u.id', '$3')}`,
      [threadId, userIds, today()],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Which of `groupIds` are supervision groups of the program that `supervisorId` leads (a SUPERVISOR member). */
  async groupsLedBy(programId: string, supervisorId: string, groupIds: string[], manager?: EntityManager): Promise<Set<string>> {
    if (groupIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await (manager ?? this.dataSource).query(
      `SELECT g.id FROM supervision_groups g
         JOIN supervision_group_members gm ON gm.group_id = g.id AND gm.user_id = $3 AND gm.role = 'SUPERVISOR'
        WHERE g.program_id = $1 AND g.id = ANY($2::uuid[])`,
      [programId, groupIds, supervisorId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Which of `userIds` are TRAINEE members of the supervision group. */
  async traineesInGroup(groupId: string, userIds: string[], manager?: EntityManager): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource).query(
      `SELECT gm.user_id FROM supervision_group_members gm WHERE gm.group_id = $1 AND gm.role = 'TRAINEE' AND gm.user_id = ANY($2::uuid[])`,
      [groupId, userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /**
   * Which of `clientCaseIds` the actor may read, with everything on them (check-ins,
   * referral decisions): the case's trainee, and supervisors assigned to that trainee on
   * `onDate`. Program admins and group peers are not clinical readers of a case.
   */
  async readableClientCaseIds(actor: Actor | { userId: string }, clientCaseIds: string[], onDate = today(), manager?: EntityManager): Promise<Set<string>> {
    if (clientCaseIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await (manager ?? this.dataSource).query(
      `SELECT c.id FROM client_cases c WHERE c.id = ANY($1::uuid[]) AND ${clientCaseReadableSql('c', '$2', '$3')}`,
      [clientCaseIds, actor.userId, onDate],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Which of `traineeIds` the actor reads clinical records of (client cases, referral
   * decisions) in a program: themselves, and for a supervisor the trainees assigned to them
   * on `onDate`. Unlike {@link traineesOverseenBy}, program admins get nobody.
   */
  async clinicallyOverseenTrainees(actor: Actor, programId: string, traineeIds: string[], onDate = today(), manager?: EntityManager): Promise<Set<string>> {
    if (traineeIds.length === 0) return new Set();
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource).query(
      `SELECT DISTINCT m.user_id FROM memberships m
        WHERE m.program_id = $1 AND m.role = 'TRAINEE' AND m.user_id = ANY($2::uuid[])
          AND (m.user_id = $3
            OR EXISTS (SELECT 1 FROM supervisor_assignments a
                        WHERE a.program_id = $1 AND a.supervisor_id = $3 AND a.trainee_id = m.user_id
                          AND ${ASSIGNMENT_ACTIVE('a', '$4')}))`,
      [programId, traineeIds, actor.userId, onDate],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Whether the actor was ever assigned to supervise the trainee in the program, on any dates. */
  async everSupervised(actor: Actor, programId: string, traineeId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM supervisor_assignments WHERE program_id = $1 AND supervisor_id = $2 AND trainee_id = $3 LIMIT 1`,
      [programId, actor.userId, traineeId],
    );
    return rows.length > 0;
  }

  /** Ids of the supervisors assigned to a trainee on `onDate`. */
  async supervisorsOf(programId: string, traineeId: string, onDate = today(), manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ supervisor_id: string }> = await (manager ?? this.dataSource).query(
      `SELECT DISTINCT a.supervisor_id FROM supervisor_assignments a
        WHERE a.program_id = $1 AND a.trainee_id = $2 AND ${ASSIGNMENT_ACTIVE('a', '$3')}`,
      [programId, traineeId, onDate],
    );
    return rows.map((row) => row.supervisor_id);
  }
}
