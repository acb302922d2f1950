import { inflateSync } from 'node:zlib';
import { dataOf, TestApp } from './support/harness';
import { TestProgram, TestUser } from './support/factories';

/** Small helpers shared by the hours suites: log, submit and verify entries through GraphQL. */

export interface EntryInput {
  date: string;
  minutes?: number;
  hours?: number;
  category?: string;
  modality?: string;
  site?: string;
  note?: string;
}

/** Logs one entry for trainee i of the program (supervised by supervisor i), as a draft unless `submit`. */
export async function logEntry(t: TestApp, p: TestProgram, entry: EntryInput, opts: { trainee?: number; submit?: boolean; supervisor?: number } = {}): Promise<any> {
  const i = opts.trainee ?? 0;
  const trainee = p.trainees[i];
  const supervisor = p.supervisors[opts.supervisor ?? i % p.supervisors.length];
  const minutes = entry.minutes ?? Math.round((entry.hours ?? 1) * 60);
  const input = {
    programId: p.id,
    supervisorId: supervisor.id,
    site: entry.site ?? 'Riverside Counseling Center',
    date: entry.date,
    minutes,
    category: entry.category ?? 'DIRECT_INDIVIDUAL',
    modality: entry.modality ?? 'IN_PERSON',
    ...(entry.note ? { note: entry.note } : {}),
    submit: opts.submit ?? false,
  };
  return dataOf(await t.gql(LOG_HOURS, { input }, trainee.token)).logHours;
}

/** Logs, submits and verifies entries for trainee i; answers their ids. */
export async function verifiedEntries(t: TestApp, p: TestProgram, entries: EntryInput[], trainee = 0): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of entries) ids.push((await logEntry(t, p, entry, { trainee, submit: true })).id);
  // Verified in chunks, as a supervisor would in the UI.
  for (let i = 0; i < ids.length; i += 100) {
    const res = dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: ids.slice(i, i + 100) } }, supervisorOf(p, trainee).token));
    if (res.verifyHours.failed) throw new Error(`verification failed: ${JSON.stringify(res.verifyHours.outcomes)}`);
  }
  return ids;
}

export function supervisorOf(p: TestProgram, trainee = 0): TestUser {
  return p.supervisors[trainee % p.supervisors.length];
}

/** Weekly entries: one on `firstDate` and every 7 days after, `weeks` times. */
export function weekly(firstDate: string, weeks: number, entry: Omit<EntryInput, 'date'>): EntryInput[] {
  return Array.from({ length: weeks }, (_, i) => ({ ...entry, date: addDays(firstDate, 7 * i) }));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The text drawn on the pages of a PDF made by pdfkit: content streams are inflated and
 * the hex strings of their TJ/Tj operators decoded (pdfkit writes standard-font text as
 * WinAnsi hex). Text objects are separated by newlines.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const streamRe = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamRe.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const data = pdf.subarray(start, end);
    let content: string;
    try {
      content = /FlateDecode/.test(match[1]) ? inflateSync(data).toString('latin1') : data.toString('latin1');
    } catch {
      continue;
    }
    for (const block of content.match(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g) ?? []) {
      const hex = block.match(/<([0-9a-fA-F]*)>/g) ?? [];
      out.push(hex.map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join(''));
    }
  }
  return out.join('\n');
}

export const ENTRY_FIELDS = `id status date minutes hours category modality site note supervisorId traineeId correctsId correctionReason
  returnReason verifiedById verifiedAt signature events { kind actorId reason occurredAt }`;
export const LOG_HOURS = `mutation ($input: LogHoursInput!) { logHours(input: $input) { ${ENTRY_FIELDS} } }`;
export const UPDATE_ENTRY = `mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const BULK = `succeeded failed outcomes { entryId ok problem { code message } entry { id status returnReason verifiedById signature } }`;
export const SUBMIT_HOURS = `mutation ($input: HourEntryIdsInput!) { submitHours(input: $input) { ${BULK} } }`;
export const VERIFY_HOURS = `mutation ($input: HourEntryIdsInput!) { verifyHours(input: $input) { ${BULK} } }`;
export const RETURN_HOURS = `mutation ($input: ReturnHoursInput!) { returnHours(input: $input) { ${BULK} } }`;
export const CORRECT_ENTRY = `mutation ($input: CorrectHourEntryInput!) { correctHourEntry(input: $input) { ${ENTRY_FIELDS} } }`;
export const HOUR_ENTRIES = `query ($programId: ID!, $traineeId: ID, $statuses: [HourEntryStatus!], $first: Int, $after: String, $from: String, $to: String) {
  hourEntries(programId: $programId, traineeId: $traineeId, statuses: $statuses, first: $first, after: $after, from: $from, to: $to) {
    edges { cursor node { ${ENTRY_FIELDS} correction { id status } } } pageInfo { hasNextPage endCursor } } }`;
export const SET_REQUIREMENTS = `mutation ($input: SetProgramRequirementsInput!) { setProgramRequirements(input: $input) { id requirementId effectiveFrom categories } }`;
export const PROGRESS_FIELDS = `traineeId asOf verifiedHours pendingHours firstVerifiedDate lastVerifiedDate
  requirement { id name versionEffectiveFrom }
  categories { category verifiedHours countedHours pendingHours draftHours returnedHours supersededHours telehealthVerifiedHours }
  rules { ruleId kind status requiredHours limitHours countedHours remainingHours excessHours pendingHours versionEffectiveFrom explanation
          brokenPeriods { from to hours requiredHours limit } currentPeriod { from to } span { from to metOnOrAfter } }
  projection { projectedCompletionDate paceWindow { from to } rules { ruleId remainingHours paceHoursPerWeek projectedDate } }
  atRisk { code reason ruleId message }`;
export const HOURS_PROGRESS = `query ($programId: ID!, $traineeId: ID!, $asOf: String, $targetEndDate: String) {
  hoursProgress(programId: $programId, traineeId: $traineeId, asOf: $asOf, targetEndDate: $targetEndDate) { ${PROGRESS_FIELDS} } }`;
export const COHORT_PROGRESS = `query ($programId: ID!, $asOf: String, $targetEndDate: String) {
  cohortProgress(programId: $programId, asOf: $asOf, targetEndDate: $targetEndDate) { ${PROGRESS_FIELDS} } }`;
export const VERIFY_LEDGER = `query ($programId: ID!) { verifyLedger(programId: $programId) { ok checkedEntries ledgerHash
  mismatches { entryId traineeId problem storedSignature recomputedSignature } } }`;
