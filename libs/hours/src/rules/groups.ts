import { CategoryGroupName, CategoryRef, HourCategory } from './types';

/** Every hour category, in a stable display order. */
export const ALL_HOUR_CATEGORIES: readonly HourCategory[] = Object.values(HourCategory);

/**
 * The members of each named category group.
 *
 * - DIRECT: direct client contact (individual, couple/family, group). ASSESSMENT is
 *   not direct by default because standards disagree; list it explicitly when a
 *   standard counts it.
 * - RELATIONAL: DIRECT_COUPLE_FAMILY only. COAMFTE counts conjoint work with people
 *   who share an ongoing relationship; a therapy group of strangers is not relational.
 * - SUPERVISION: individual, triadic and group supervision.
 * - ALL: every category.
 */
export const CATEGORY_GROUPS: Readonly<Record<CategoryGroupName, readonly HourCategory[]>> = {
  DIRECT: ['DIRECT_INDIVIDUAL', 'DIRECT_COUPLE_FAMILY', 'DIRECT_GROUP'],
  RELATIONAL: ['DIRECT_COUPLE_FAMILY'],
  SUPERVISION: ['SUPERVISION_INDIVIDUAL', 'SUPERVISION_TRIADIC', 'SUPERVISION_GROUP'],
  ALL: ALL_HOUR_CATEGORIES,
};

const CATEGORY_WORDS: Record<HourCategory, string> = {
  DIRECT_INDIVIDUAL: 'individual direct',
  DIRECT_COUPLE_FAMILY: 'couple/family',
  DIRECT_GROUP: 'group direct',
  ASSESSMENT: 'assessment',
  INDIRECT: 'indirect',
  SUPERVISION_INDIVIDUAL: 'individual supervision',
  SUPERVISION_TRIADIC: 'triadic supervision',
  SUPERVISION_GROUP: 'group supervision',
  DIDACTIC: 'didactic',
};

const GROUP_WORDS: Record<CategoryGroupName, string> = {
  DIRECT: 'direct',
  RELATIONAL: 'relational',
  SUPERVISION: 'supervision',
  ALL: '',
};

/** True when `ref` names a group rather than a single category. */
export function isCategoryGroupName(ref: string): ref is CategoryGroupName {
  return Object.prototype.hasOwnProperty.call(CATEGORY_GROUPS, ref);
}

/** True when `ref` is a known category or group name. */
export function isCategoryRef(ref: string): ref is CategoryRef {
  return isCategoryGroupName(ref) || (ALL_HOUR_CATEGORIES as readonly string[]).includes(ref);
}

/**
 * The categories a list of refs stands for; `undefined` or an empty list means ALL.
 *
 * @example expandCategories(['SUPERVISION', 'DIDACTIC']).has('SUPERVISION_GROUP') // true
 */
export function expandCategories(refs: readonly CategoryRef[] | undefined): ReadonlySet<HourCategory> {
  if (!refs || refs.length === 0) return new Set(ALL_HOUR_CATEGORIES);
  const out = new Set<HourCategory>();
  for (const ref of refs) {
    if (isCategoryGroupName(ref)) CATEGORY_GROUPS[ref].forEach((c) => out.add(c));
    else out.add(ref);
  }
  return out;
}

/**
 * Plain words for a list of refs, used before "hours" in explanations: "direct",
 * "individual supervision or triadic supervision", "" for ALL.
 */
export function describeCategories(refs: readonly CategoryRef[] | undefined, label?: string): string {
  if (label) return label;
  if (!refs || refs.length === 0) return '';
  if (expandCategories(refs).size === ALL_HOUR_CATEGORIES.length) return '';
  const words = refs.map((r) => (isCategoryGroupName(r) ? GROUP_WORDS[r] : CATEGORY_WORDS[r]));
  if (words.length === 1) return words[0];
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
