/**
 * Hours progress at cohort scale: `npm run bench:hours`.
 *
 * Seeds 200 trainees × 1,000 hour entries (80% verified, 10% submitted, 10% drafts)
 * with bulk INSERT ... SELECT generate_series, then prints, each beside the same
 * aggregate written as one hand-written SQL query in the same run (the ratio is the
 * figure):
 * - `cohortProgress` for the whole program through GraphQL;
 * - `hoursProgress` for one trainee through GraphQL;
 * and, to show where the time goes, the service's own aggregate query alone and
 * `verifyLedger` over every verified entry.
 *
 * Runs against DATABASE_URL (a fresh database beside the one named) or in-memory PGlite.
 * Figures only: no assertions, never part of CI timing.
 */
import { DataSource } from 'typeorm';
import { HOURS_AGGREGATE_SQL, HourRules } from '@alliance/hours';
import { dataOf, startTestApp, TestApp } from '../support/harness';
import { createStaffedProgram } from '../support/factories';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 200);
const ENTRIES_PER_TRAINEE = Number(process.env.BENCH_ENTRIES ?? 1000);
const COHORT_RUNS = 5;
const SINGLE_RUNS = 20;

const COHORT = `query ($programId: ID!, $asOf: String) {
  cohortProgress(programId: $programId, asOf: $asOf) {
    traineeId verifiedHours pendingHours
    categories { category verifiedHours countedHours pendingHours draftHours }
    rules { ruleId status remainingHours explanation }
    projection { projectedCompletionDate }
    atRisk { code message } } }`;
const SINGLE = `query ($programId: ID!, $traineeId: ID!, $asOf: String) {
  hoursProgress(programId: $programId, traineeId: $traineeId, asOf: $asOf) {
    traineeId verifiedHours pendingHours
    categories { category verifiedHours countedHours pendingHours draftHours }
    rules { ruleId status remainingHours explanation brokenPeriods { from to hours } }
    projection { projectedCompletionDate }
    atRisk { code message } } }`;
const LEDGER = `query ($programId: ID!) { verifyLedger(programId: $programId) { ok checkedEntries } }`;

/** The hand-written baseline: per trainee and category, verified and pending minutes, in one query. */
const BASELINE_SQL = `
  SELECT e.trainee_id, e.category,
         SUM(e.minutes) FILTER (WHERE e.status = 'VERIFIED' AND NOT EXISTS (
           SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'VERIFIED')) AS verified,
         SUM(e.minutes) FILTER (WHERE e.status = 'SUBMITTED') AS pending
    FROM hour_entries e
   WHERE e.program_id = $1 AND e.trainee_id = ANY($2::uuid[])
   GROUP BY e.trainee_id, e.category`;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: plans, caches, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function seed(t: TestApp, db: DataSource) {
  const p = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
  const supervisorId = p.supervisors[0].id;
  const started = Date.now();
  await db.query(
    `INSERT INTO users (email, display_name, password_hash)
     SELECT 'bench.trainee.' || i || '.' || $2 || '@example.test', 'Bench trainee ' || i, 'not-a-password-hash'
       FROM generate_series(1, $1::int) AS i`,
    [TRAINEES - 1, p.id.slice(0, 8)],
  );
  await db.query(
    `INSERT INTO memberships (program_id, user_id, role)
     SELECT $1, id, 'TRAINEE' FROM users WHERE email LIKE 'bench.trainee.%.' || $2 || '@example.test'`,
    [p.id, p.id.slice(0, 8)],
  );
  await db.query(
    `INSERT INTO supervisor_assignments (program_id, trainee_id, supervisor_id, role, starts_on, created_by_id)
     SELECT $1, m.user_id, $2, 'PRIMARY', DATE '2020-01-01', $3
       FROM memberships m
      WHERE m.program_id = $1 AND m.role = 'TRAINEE'
        AND NOT EXISTS (SELECT 1 FROM supervisor_assignments a WHERE a.program_id = $1 AND a.trainee_id = m.user_id)`,
    [p.id, supervisorId, p.admin.id],
  );
  const trainees: Array<{ user_id: string }> = await db.query(
    `SELECT user_id FROM memberships WHERE program_id = $1 AND role = 'TRAINEE' ORDER BY created_at, user_id`,
    [p.id],
  );
  // 1,000 entries per trainee over the last two years: every category, 1 in 5 by telehealth,
  // 30 to 180 minutes; inserted SUBMITTED or DRAFT (the only states rows start in).
  const categories = `ARRAY['DIRECT_INDIVIDUAL','DIRECT_COUPLE_FAMILY','DIRECT_GROUP','ASSESSMENT','INDIRECT','SUPERVISION_INDIVIDUAL','SUPERVISION_TRIADIC','SUPERVISION_GROUP','DIDACTIC']`;
  await db.query(
    `INSERT INTO hour_entries (program_id, trainee_id, supervisor_id, site, occurred_on, minutes, category, modality, status, submitted_at, created_by_id)
     SELECT $1, t.user_id, $2, 'Bench site', current_date - 730 + (i * 7 / 10), 30 + (i * 37 + t.n) % 151,
            (${categories})[1 + (i + t.n) % 9], CASE WHEN (i + t.n) % 5 = 0 THEN 'TELEHEALTH' ELSE 'IN_PERSON' END,
            CASE WHEN i % 10 = 9 THEN 'DRAFT' ELSE 'SUBMITTED' END, CASE WHEN i % 10 = 9 THEN NULL ELSE now() END, t.user_id
       FROM (SELECT user_id, row_number() OVER (ORDER BY user_id)::int AS n FROM memberships WHERE program_id = $1 AND role = 'TRAINEE') t
      CROSS JOIN generate_series(0, $3::int - 1) AS i`,
    [p.id, supervisorId, ENTRIES_PER_TRAINEE],
  );
  // Verification goes through the trigger, which signs each row, as the app's verification does.
  await db.query(
    `UPDATE hour_entries SET status = 'VERIFIED', verified_by_id = $2, verified_at = now()
      WHERE program_id = $1 AND status = 'SUBMITTED' AND extract(day FROM occurred_on)::int % 9 <> 0`,
    [p.id, supervisorId],
  );
  await db.query(
    `INSERT INTO hour_entry_events (entry_id, program_id, kind, actor_id)
     SELECT id, program_id, 'VERIFIED', verified_by_id FROM hour_entries WHERE program_id = $1 AND status = 'VERIFIED'`,
    [p.id],
  );
  await db.query(`ANALYZE hour_entries`);
  const [{ total, verified }] = await db.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'VERIFIED')::int AS verified FROM hour_entries WHERE program_id = $1`,
    [p.id],
  );
  return { p, traineeIds: trainees.map((t) => t.user_id), total, verified, seedMs: Date.now() - started };
}

async function main(): Promise<void> {
  const t = await startTestApp();
  try {
    const db = t.app.get(DataSource);
    const { p, traineeIds, total, verified, seedMs } = await seed(t, db);
    const internship = HourRules.CACREP_INTERNSHIP.set;
    const requirementSet = {
      ...internship,
      effectiveFrom: '2020-01-01',
      rules: [
        ...internship.rules,
        { id: 'ratio', kind: 'RATIO', categories: ['SUPERVISION'], hours: 1, perCategories: ['DIRECT'], perHours: 20, period: 'WEEK' },
        { id: 'rolling-40', kind: 'PERIOD_MAX', hours: 40, window: { unit: 'ROLLING_DAYS', days: 7 } },
        { id: 'group-cap', kind: 'CATEGORY_CAP', categories: ['SUPERVISION_GROUP'], of: ['SUPERVISION'], maxPercent: 50 },
      ],
    };
    dataOf(
      await t.gql(
        `mutation ($input: SetProgramRequirementsInput!) { setProgramRequirements(input: $input) { id } }`,
        { input: { programId: p.id, requirementSet } },
        p.admin.token,
      ),
    );
    const asOf = new Date().toISOString().slice(0, 10);
    const one = traineeIds[0];

    let cohortSize = 0;
    const cohortMs = await timed(COHORT_RUNS, async () => {
      cohortSize = dataOf(await t.gql(COHORT, { programId: p.id, asOf }, p.admin.token)).cohortProgress.length;
    });
    const cohortSqlMs = await timed(COHORT_RUNS, () => db.query(BASELINE_SQL, [p.id, traineeIds]));
    const aggregateMs = await timed(COHORT_RUNS, () => db.query(HOURS_AGGREGATE_SQL, [p.id, traineeIds]));
    const singleMs = await timed(SINGLE_RUNS, async () => dataOf(await t.gql(SINGLE, { programId: p.id, traineeId: one, asOf }, p.admin.token)));
    const singleSqlMs = await timed(SINGLE_RUNS, () => db.query(BASELINE_SQL, [p.id, [one]]));
    const ledgerMs = await timed(3, async () => dataOf(await t.gql(LEDGER, { programId: p.id }, p.admin.token)));
    const aggregateRows = (await db.query(HOURS_AGGREGATE_SQL, [p.id, traineeIds])).length;

    const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;
    const lines = [
      `hours bench on ${t.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (in memory)'}: ${cohortSize} trainees, ${total} entries (${verified} verified), seeded in ${(seedMs / 1000).toFixed(1)} s`,
      `  aggregate rows fed to the rule engine: ${aggregateRows}; medians of ${COHORT_RUNS} (cohort) and ${SINGLE_RUNS} (one trainee) runs after a warm-up`,
      '',
      `  cohortProgress (GraphQL, ${cohortSize} trainees)   ${fmt(cohortMs)}`,
      `  hand-written SQL, same totals, whole cohort  ${fmt(cohortSqlMs)}   ratio ${(cohortMs / cohortSqlMs).toFixed(1)}x`,
      `    of which the service's aggregate query     ${fmt(aggregateMs)}`,
      '',
      `  hoursProgress (GraphQL, one trainee)         ${fmt(singleMs)}`,
      `  hand-written SQL, same totals, one trainee   ${fmt(singleSqlMs)}   ratio ${(singleMs / singleSqlMs).toFixed(1)}x`,
      '',
      `  verifyLedger (${verified} signatures recomputed)  ${fmt(ledgerMs)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await t.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
