import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '@alliance/access';
import { Actor, DomainError } from '@alliance/core';
import { ThreadTopic } from '@alliance/discussion';
import { ProgramRole } from '@alliance/programs/program-enums';
import { SupervisionPeriodArgs } from './dto/supervision-session.inputs';
import { SupervisionSummary } from './dto/supervision-summary.models';
import { SupervisionFocus, SupervisionSessionKind, SupervisionSummaryScope, SupervisorRole } from './supervision-session-enums';

/** The period [from, to] (UTC dates, both included) as a half-open range of instants on `col`. */
const IN_PERIOD = (col: string) => `${col} >= ($2::date::timestamp AT TIME ZONE 'UTC') AND ${col} < (($3::date + 1)::timestamp AT TIME ZONE 'UTC')`;

/**
 * Sessions in scope (parameters: $1 program, $2 from, $3 to, $4 supervisor or null for the
 * whole program), by starting time.
 */
const SESSIONS_IN_SCOPE = `
  SELECT s.* FROM supervision_sessions s
   WHERE s.program_id = $1 AND ${IN_PERIOD('s.starts_at')} AND ($4::uuid IS NULL OR s.supervisor_id = $4::uuid)`;

/**
 * Supervision comments in scope: comments written in the period on the program's threads by
 * a supervisor of the program ($4 null) or by the supervisor $4, not deleted, with their
 * current tag if any.
 */
const COMMENTS_IN_SCOPE = `
  SELECT c.id, t.id AS thread_id, t.topics, ct.focus, ct.role
    FROM comments c
    JOIN case_threads t ON t.id = c.thread_id
    LEFT JOIN comment_tags ct ON ct.comment_id = c.id AND ct.superseded_at IS NULL
   WHERE t.program_id = $1 AND c.deleted_at IS NULL AND ${IN_PERIOD('c.created_at')}
     AND CASE WHEN $4::uuid IS NULL
              THEN EXISTS (SELECT 1 FROM memberships m WHERE m.program_id = $1 AND m.user_id = c.author_id AND m.role = 'SUPERVISOR')
              ELSE c.author_id = $4::uuid END`;

/**
 * How a program's supervision time and comments were spent in a period, computed with SQL
 * aggregates and answered as counts and minutes only: no titles, bodies, aliases or notes
 * ever leave the database here.
 *
 * PROGRAM_ADMIN: the whole program. SUPERVISOR (and not admin): their own sessions and
 * their own comments only. Anyone else: FORBIDDEN (NOT_FOUND for non-members).
 */
@Injectable()
export class SupervisionSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async summary(actor: Actor, args: SupervisionPeriodArgs): Promise<SupervisionSummary> {
    const roles = await this.access.requireRole(actor, args.programId, [ProgramRole.PROGRAM_ADMIN, ProgramRole.SUPERVISOR]);
    if (args.from > args.to) throw DomainError.badInput('The period ends before it starts', [{ field: 'to', message: 'must not be before from' }]);
    const scope = roles.has(ProgramRole.PROGRAM_ADMIN) ? SupervisionSummaryScope.PROGRAM : SupervisionSummaryScope.SUPERVISOR;
    const params = [args.programId, args.from, args.to, scope === SupervisionSummaryScope.PROGRAM ? null : actor.userId];

    const byKindAndStatus: Array<{ kind: SupervisionSessionKind; status: string; sessions: number; minutes: number; attendances: number; trainee_minutes: number }> =
      await this.dataSource.query(
        `SELECT s.kind, s.status, count(*)::int AS sessions, sum(s.duration_minutes)::int AS minutes,
                sum(a.n)::int AS attendances, sum(s.duration_minutes * a.n)::int AS trainee_minutes
           FROM (${SESSIONS_IN_SCOPE}) s
           CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM supervision_session_attendees sa WHERE sa.session_id = s.id) a
          GROUP BY s.kind, s.status`,
        params,
      );
    const [people]: Array<{ attendees: number; threads: number }> = await this.dataSource.query(
      `WITH done AS (SELECT id FROM (${SESSIONS_IN_SCOPE}) s WHERE s.status = 'COMPLETED')
       SELECT (SELECT count(DISTINCT trainee_id)::int FROM supervision_session_attendees WHERE session_id IN (SELECT id FROM done)) AS attendees,
              (SELECT count(DISTINCT thread_id)::int FROM supervision_session_threads WHERE session_id IN (SELECT id FROM done)) AS threads`,
      params,
    );
    const threadTopics: Array<{ topic: ThreadTopic; count: number }> = await this.dataSource.query(
      `SELECT topic, count(DISTINCT st.thread_id)::int AS count
         FROM (${SESSIONS_IN_SCOPE}) s
         JOIN supervision_session_threads st ON st.session_id = s.id
         JOIN case_threads t ON t.id = st.thread_id
         CROSS JOIN LATERAL unnest(t.topics) AS topic
        WHERE s.status = 'COMPLETED'
        GROUP BY topic ORDER BY topic`,
      params,
    );
    const tags: Array<{ focus: SupervisionFocus | null; role: SupervisorRole | null; grouping: number; comments: number; tagged: number }> =
      await this.dataSource.query(
        `SELECT c.focus, c.role, GROUPING(c.focus, c.role)::int AS grouping, count(*)::int AS comments, count(c.focus)::int AS tagged
           FROM (${COMMENTS_IN_SCOPE}) c
          GROUP BY GROUPING SETS ((), (c.focus), (c.role), (c.focus, c.role))`,
        params,
      );
    const commentTopics: Array<{ topic: ThreadTopic; comments: number; tagged: number }> = await this.dataSource.query(
      `SELECT topic, count(*)::int AS comments, count(c.focus)::int AS tagged
         FROM (${COMMENTS_IN_SCOPE}) c CROSS JOIN LATERAL unnest(c.topics) AS topic
        GROUP BY topic ORDER BY topic`,
      params,
    );

    const completed = byKindAndStatus.filter((r) => r.status === 'COMPLETED');
    const countOf = (status: string) => byKindAndStatus.filter((r) => r.status === status).reduce((n, r) => n + r.sessions, 0);
    const sum = (rows: typeof completed, key: 'sessions' | 'minutes' | 'attendances' | 'trainee_minutes') => rows.reduce((n, r) => n + r[key], 0);
    // GROUPING(focus, role): 0 = both grouped, 1 = by focus only, 2 = by role only, 3 = the grand total.
    const total = tags.find((r) => r.grouping === 3);
    const byFocus = new Map(tags.filter((r) => r.grouping === 1 && r.focus).map((r) => [r.focus!, r.comments]));
    const byRole = new Map(tags.filter((r) => r.grouping === 2 && r.role).map((r) => [r.role!, r.comments]));
    return {
      programId: args.programId,
      from: args.from,
      to: args.to,
      scope,
      sessions: sum(completed, 'sessions'),
      scheduledSessions: countOf('SCHEDULED'),
      cancelledSessions: countOf('CANCELLED'),
      sessionMinutes: sum(completed, 'minutes'),
      attendees: people.attendees,
      attendances: sum(completed, 'attendances'),
      byKind: Object.values(SupervisionSessionKind).map((kind) => {
        const rows = completed.filter((r) => r.kind === kind);
        return { kind, sessions: sum(rows, 'sessions'), minutes: sum(rows, 'minutes'), attendances: sum(rows, 'attendances'), traineeMinutes: sum(rows, 'trainee_minutes') };
      }),
      threadsDiscussed: people.threads,
      threadsDiscussedByTopic: threadTopics,
      comments: total?.comments ?? 0,
      taggedComments: total?.tagged ?? 0,
      commentsByTopic: commentTopics.map((r) => ({ topic: r.topic, comments: r.comments, taggedComments: r.tagged })),
      taggedByFocus: Object.values(SupervisionFocus).map((focus) => ({ focus, comments: byFocus.get(focus) ?? 0 })),
      taggedByRole: Object.values(SupervisorRole).map((role) => ({ role, comments: byRole.get(role) ?? 0 })),
      taggedByFocusAndRole: tags
        .filter((r) => r.grouping === 0 && r.focus && r.role)
        .map((r) => ({ focus: r.focus!, role: r.role!, comments: r.comments }))
        .sort((a, b) => `${a.focus}|${a.role}`.localeCompare(`${b.focus}|${b.role}`)),
    };
  }
}
