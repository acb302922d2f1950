import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { dataOf, startTestApp, TestApp } from './support/harness';
import { createStaffedProgram, TestProgram } from './support/factories';
import { CORRECT_ENTRY, HOUR_ENTRIES, logEntry, pdfText, SET_REQUIREMENTS, supervisorOf, VERIFY_HOURS, VERIFY_LEDGER, verifiedEntries } from './hours.fixtures';

describe('hours exports', () => {
  let t: TestApp;
  let p: TestProgram;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createStaffedProgram(t, { supervisors: 2, trainees: 2 });
    const template = { id: 'practicum', name: 'Practicum', source: 'Program handbook §4', effectiveFrom: '2025-01-01' };
    const rules = [
      { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 },
    ];
    dataOf(await t.gql(SET_REQUIREMENTS, { input: { programId: p.id, requirementSet: { ...template, rules } } }, p.admin.token));
    const [first] = await verifiedEntries(t, p, [
      { date: '2025-03-03', hours: 3, category: 'DIRECT_INDIVIDUAL', site: 'Riverside, "North" Clinic' },
      { date: '2025-03-04', hours: 1.5, category: 'DIRECT_COUPLE_FAMILY', modality: 'TELEHEALTH' },
      { date: '2025-03-05', hours: 1, category: 'SUPERVISION_INDIVIDUAL', site: 'Line one\nline two' },
      { date: '2025-04-02', hours: 2, category: 'INDIRECT', site: '=HYPERLINK("https://example.test")' },
    ]);
    const correction = dataOf(
      await t.gql(CORRECT_ENTRY, { input: { entryId: first, minutes: 200, reason: 'Added the intake, 20 min', submit: true } }, p.trainees[0].token),
    ).correctHourEntry;
    dataOf(await t.gql(VERIFY_HOURS, { input: { entryIds: [correction.id] } }, supervisorOf(p).token));
    await logEntry(t, p, { date: '2025-04-03', hours: 4, category: 'DIRECT_GROUP' }, { submit: true });
    await logEntry(t, p, { date: '2025-04-04', hours: 0.5, category: 'DIDACTIC' });
    await verifiedEntries(t, p, [{ date: '2025-03-03', hours: 7, category: 'DIRECT_GROUP' }], 1);
  });
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string>, token?: string) => {
    const req = request(t.app.getHttpServer()).get(path).query(query).buffer(true);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };
  const binary = (path: string, query: Record<string, string>, token: string) =>
    get(path, query, token).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

  it('exports one CSV row per entry that parses back into the same entries', async () => {
    const res = await get('/exports/hours.csv', { programId: p.id, traineeId: p.trainees[0].id }, p.trainees[0].token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="hours-.*\.csv"/);
    expect(res.text.endsWith('\r\n')).toBe(true);
    const rows: Array<Record<string, string>> = parse(res.text, { columns: true, record_delimiter: '\r\n' });

    const listed = dataOf(await t.gql(HOUR_ENTRIES, { programId: p.id, traineeId: p.trainees[0].id, first: 100 }, p.trainees[0].token))
      .hourEntries.edges.map((e: any) => e.node);
    expect(rows).toHaveLength(listed.length);
    const byId = new Map(listed.map((e: any) => [e.id, e]));
    for (const row of rows) {
      const entry: any = byId.get(row.entry_id);
      expect(entry).toBeDefined();
      expect(row).toMatchObject({
        trainee_id: entry.traineeId,
        date: entry.date,
        // Text a spreadsheet would run as a formula comes back with a leading quote.
        site: /^[=+\-@\t\r]/.test(entry.site) ? `'${entry.site}` : entry.site,
        category: entry.category,
        modality: entry.modality,
        minutes: String(entry.minutes),
        status: entry.status,
        supervisor_id: entry.supervisorId,
        verified_by_id: entry.verifiedById ?? '',
        signature: entry.signature ?? '',
        corrects_id: entry.correctsId ?? '',
        correction_reason: entry.correctionReason ?? '',
      });
      if (entry.verifiedAt) expect(new Date(row.verified_at).getTime()).toBe(new Date(entry.verifiedAt).getTime());
      else expect(row.verified_at).toBe('');
    }
    // Ledger order, and the quoted fields survive the round trip.
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows.map((r) => r.site)).toEqual(expect.arrayContaining(['Riverside, "North" Clinic', 'Line one\nline two']));
    const original = rows.find((r) => r.correction_reason === '' && r.site === 'Riverside, "North" Clinic' && r.minutes === '180');
    const fix = rows.find((r) => r.corrects_id === original?.entry_id);
    expect(original?.superseded_by_id).toBe(fix?.entry_id);
  });

  it('defuses a site name that a spreadsheet would run as a formula', async () => {
    const res = await get('/exports/hours.csv', { programId: p.id, traineeId: p.trainees[0].id }, p.trainees[0].token);
    const rows: Array<Record<string, string>> = parse(res.text, { columns: true, record_delimiter: '\r\n' });
    const sites = rows.map((row) => row.site);
    expect(sites).toContain(`'=HYPERLINK("https://example.test")`);
    expect(sites.some((site) => site.startsWith('='))).toBe(false);
  });

  it('signs the export with the same log hash the ledger check gives', async () => {
    const res = await get('/exports/hours.csv', { programId: p.id }, p.admin.token);
    const rows = parse(res.text, { columns: true });
    expect(new Set(rows.map((r: any) => r.trainee_id))).toEqual(new Set(p.trainees.map((tr) => tr.id)));
    const ledger = dataOf(await t.gql(VERIFY_LEDGER, { programId: p.id }, p.admin.token)).verifyLedger;
    expect(res.headers['x-log-hash']).toBe(ledger.ledgerHash);
  });

  it('limits the rows to the period asked for', async () => {
    const res = await get('/exports/hours.csv', { programId: p.id, traineeId: p.trainees[0].id, from: '2025-03-04', to: '2025-03-31' }, p.trainees[0].token);
    const rows = parse(res.text, { columns: true });
    expect(rows.map((r: any) => r.date)).toEqual(['2025-03-04', '2025-03-05']);
  });

  it('applies the same access rules as reading', async () => {
    const other = await get('/exports/hours.csv', { programId: p.id, traineeId: p.trainees[1].id }, p.trainees[0].token);
    expect(other.status).toBe(403);
    expect(JSON.parse(other.text).error.code).toBe('FORBIDDEN');
    const otherSupervisor = await get('/exports/hours.pdf', { programId: p.id, traineeId: p.trainees[0].id }, p.supervisors[1].token);
    expect(otherSupervisor.status).toBe(403);
    expect((await get('/exports/hours.csv', { programId: p.id })).status).toBe(401);
    const bad = await get('/exports/hours.csv', { programId: 'not-an-id', from: '2025-13-01' }, p.admin.token);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.fields.map((f: any) => f.field).sort()).toEqual(['from', 'programId']);
    const outsider = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
    expect((await get('/exports/hours.csv', { programId: p.id }, outsider.admin.token)).status).toBe(404);
  });

  it('prints a valid PDF whose text holds the totals, each verification and the log hash', async () => {
    const res = await binary('/exports/hours.pdf', { programId: p.id, traineeId: p.trainees[0].id, to: '2025-12-31' }, p.supervisors[0].token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    const text = pdfText(pdf);
    // Verified: 3.33 (the correction) + 1.5 + 1 + 2 = 7.83; pending: 4.
    expect(text).toContain('Total');
    expect(text).toContain('7.83');
    expect(text).toContain('4.00');
    expect(text).toContain('Direct: couple/family');
    expect(text).toContain('Practicum');
    expect(text).toContain('You have 7.83 of 100 hours; 92.17 to go. 4 hours await verification.');
    expect(text).toContain(res.headers['x-log-hash']);
    // Table cells wrap; pdfkit marks the wrap points, so compare with whitespace folded.
    expect(text.replace(/[\s\u00b7]+/g, ' ')).toMatch(/Test supervisor at 20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z/);
  });

  it('asks for the trainee of a PDF', async () => {
    const res = await get('/exports/hours.pdf', { programId: p.id }, p.admin.token);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.fields).toEqual([{ field: 'traineeId', message: 'is required for a PDF' }]);
  });
});
