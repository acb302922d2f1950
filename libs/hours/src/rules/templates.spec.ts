import { evaluateRequirements } from './evaluate';
import { verified, weekly } from './hour-rows.factory';
import { CACREP_PRACTICUM, COAMFTE_MASTERS, REQUIREMENT_TEMPLATES, TEXAS_LPC_ASSOCIATE } from './templates';

describe('requirement templates', () => {
  it('each cites its source and asks to verify it against the current text', () => {
    for (const template of REQUIREMENT_TEMPLATES) {
      expect(template.set.source).toMatch(/verify/i);
      expect(template.note.length).toBeGreaterThan(0);
    }
  });

  it('CACREP practicum is met by 11 weeks of steady work with weekly supervision', () => {
    const rows = [
      ...weekly('2026-01-05', 11, 'DIRECT_INDIVIDUAL', 4),
      ...weekly('2026-01-05', 11, 'INDIRECT', 4),
      ...weekly('2026-01-06', 11, 'SUPERVISION_TRIADIC', 1),
      ...weekly('2026-01-07', 11, 'SUPERVISION_GROUP', 1.5),
    ];
    const result = evaluateRequirements(rows, CACREP_PRACTICUM.set, { asOf: '2026-03-31' });
    expect(result.rules.map((r) => [r.ruleId, r.status])).toEqual([
      ['total', 'MET'],
      ['direct', 'MET'],
      ['term-length', 'MET'],
      ['weekly-individual-supervision', 'MET'],
      ['weekly-group-supervision', 'MET'],
    ]);
  });

  it('Texas LPC Associate counts group supervision for at most half of supervision', () => {
    const rows = [verified('2026-01-05', 'SUPERVISION_GROUP', 6), verified('2026-01-12', 'SUPERVISION_INDIVIDUAL', 2)];
    const cap = evaluateRequirements(rows, TEXAS_LPC_ASSOCIATE.set, { asOf: '2026-01-31' }).rules.find(
      (r) => r.ruleId === 'group-supervision-cap',
    );
    expect(cap).toMatchObject({ countedHours: 2, excessHours: 4 });
  });

  it('COAMFTE counts only couple/family hours as relational', () => {
    const rows = [verified('2026-01-05', 'DIRECT_GROUP', 100), verified('2026-01-06', 'DIRECT_COUPLE_FAMILY', 50)];
    const relational = evaluateRequirements(rows, COAMFTE_MASTERS.set, { asOf: '2026-01-31' }).rules.find(
      (r) => r.ruleId === 'relational',
    );
    expect(relational).toMatchObject({ countedHours: 50, remainingHours: 200 });
    expect(relational?.explanation).toBe('You have 50 of 250 relational hours; 200 to go.');
  });
});
