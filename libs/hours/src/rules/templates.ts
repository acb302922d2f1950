import { HourRule, RequirementSet } from './types';

/**
 * A starting point a program administrator copies and edits. `source` cites the
 * standard; `note` says how it was modelled and what to check. Figures were taken
 * from the cited texts but standards change: verify against the current text before
 * relying on a template.
 *
 * `set.effectiveFrom` is the date the cited text took effect where known (CACREP
 * 2016: 2016-07-01; COAMFTE 12.5: 2022-01-01) and a placeholder for Texas: set it to
 * the date the program adopts its copy.
 */
export interface RequirementTemplate {
  key: string;
  note: string;
  set: RequirementSet;
}

const WEEKLY_SUPERVISION_NOTE =
  'CACREP asks for weekly supervision that averages 1 hour of individual/triadic and 1.5 hours of group supervision; ' +
  'it is modelled as a minimum in every ISO week, which is stricter than an average. ';

/** CACREP's weekly supervision, the same in practicum and internship (fresh objects each time). */
const cacrepWeeklySupervision = (): HourRule[] => [
  {
    id: 'weekly-individual-supervision',
    kind: 'PERIOD_MIN',
    label: 'individual/triadic supervision',
    categories: ['SUPERVISION_INDIVIDUAL', 'SUPERVISION_TRIADIC'],
    hours: 1,
    window: { unit: 'WEEK' },
  },
  {
    id: 'weekly-group-supervision',
    kind: 'PERIOD_MIN',
    categories: ['SUPERVISION_GROUP'],
    hours: 1.5,
    window: { unit: 'WEEK' },
  },
];

/** CACREP practicum: 100 hours over at least 10 weeks, 40 direct, weekly supervision. */
export const CACREP_PRACTICUM: RequirementTemplate = {
  key: 'cacrep-practicum',
  note:
    WEEKLY_SUPERVISION_NOTE +
    'The 2024 CACREP Standards keep these figures; verify against the current standards.',
  set: {
    id: 'cacrep-practicum',
    name: 'CACREP practicum',
    source: 'CACREP 2016 Standards, Section 3 (Professional Practice), 3.F–3.I; verify against the current standards.',
    effectiveFrom: '2016-07-01',
    rules: [
      { id: 'total', kind: 'TOTAL_MIN', hours: 100 },
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 40 },
      { id: 'term-length', kind: 'MIN_SPAN', span: { unit: 'WEEK', count: 10 } },
      ...cacrepWeeklySupervision(),
    ],
  },
};

/** CACREP internship: 600 hours, 240 direct, weekly supervision. */
export const CACREP_INTERNSHIP: RequirementTemplate = {
  key: 'cacrep-internship',
  note:
    WEEKLY_SUPERVISION_NOTE +
    'The 2024 CACREP Standards keep these figures; verify against the current standards.',
  set: {
    id: 'cacrep-internship',
    name: 'CACREP internship',
    source: 'CACREP 2016 Standards, Section 3 (Professional Practice), 3.J–3.M; verify against the current standards.',
    effectiveFrom: '2016-07-01',
    rules: [
      { id: 'total', kind: 'TOTAL_MIN', hours: 600 },
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 240 },
      ...cacrepWeeklySupervision(),
    ],
  },
};

/** Texas LPC Associate supervised experience: 3,000 hours, 1,500 direct, 18 months, 4 h supervision a month. */
export const TEXAS_LPC_ASSOCIATE: RequirementTemplate = {
  key: 'texas-lpc-associate',
  note:
    'The experience requirements are in 22 TAC §681.92 (§681.93 covers supervisor duties). The monthly minimum ' +
    'applies "while the Associate is engaged in counseling" unless a leave of a month or more is approved; the engine ' +
    'judges every month between the first and last verified hours, so record approved leave by editing the rule. ' +
    'The group-supervision cap limits totals, not each month. Verify against the current rule.',
  set: {
    id: 'texas-lpc-associate',
    name: 'Texas LPC Associate supervised experience',
    source: '22 Tex. Admin. Code §681.92 (Experience Requirements); verify against the current rule.',
    effectiveFrom: '2020-11-19',
    rules: [
      { id: 'total', kind: 'TOTAL_MIN', hours: 3000 },
      { id: 'direct', kind: 'CATEGORY_MIN', categories: ['DIRECT'], hours: 1500 },
      { id: 'eighteen-months', kind: 'MIN_SPAN', span: { unit: 'MONTH', count: 18 } },
      {
        id: 'monthly-supervision',
        kind: 'PERIOD_MIN',
        categories: ['SUPERVISION'],
        hours: 4,
        window: { unit: 'MONTH' },
      },
      {
        id: 'group-supervision-cap',
        kind: 'CATEGORY_CAP',
        categories: ['SUPERVISION_GROUP'],
        of: ['SUPERVISION'],
        maxPercent: 50,
      },
    ],
  },
};

/** COAMFTE master's clinical hours: 500 direct, 250 relational, 100 supervision. */
export const COAMFTE_MASTERS: RequirementTemplate = {
  key: 'coamfte-masters',
  note:
    'Relational hours are DIRECT_COUPLE_FAMILY only. COAMFTE also asks that 50 of the 100 supervision hours use ' +
    'observable data (video, audio, live); the engine has no category for that, so it is not modelled. The exact ' +
    'standard and key element numbers are unverified: check the current COAMFTE Accreditation Standards.',
  set: {
    id: 'coamfte-masters',
    name: 'COAMFTE master’s clinical experience',
    source: 'COAMFTE Accreditation Standards Version 12.5 (Foundational Curriculum/Clinical Practice); verify the standard number and figures.',
    effectiveFrom: '2022-01-01',
    rules: [
      { id: 'direct', kind: 'TOTAL_MIN', categories: ['DIRECT'], hours: 500 },
      { id: 'relational', kind: 'CATEGORY_MIN', categories: ['RELATIONAL'], hours: 250 },
      { id: 'supervision', kind: 'CATEGORY_MIN', categories: ['SUPERVISION'], hours: 100 },
    ],
  },
};

/** Every template, for an admin's "start from a template" list. */
export const REQUIREMENT_TEMPLATES: readonly RequirementTemplate[] = [
  CACREP_PRACTICUM,
  CACREP_INTERNSHIP,
  TEXAS_LPC_ASSOCIATE,
  COAMFTE_MASTERS,
];
