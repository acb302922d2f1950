/**
 * The hour-requirement rule engine: plain functions over aggregated hour rows and
 * JSON rule sets, free of NestJS, testable without a server.
 */
export * from './types';
export { ALL_HOUR_CATEGORIES, CATEGORY_GROUPS, describeCategories, expandCategories, isCategoryRef } from './groups';
export { evaluateRequirements } from './evaluate';
export { projectCompletion } from './projection';
export type { CompletionProjection, ProjectionOptions, RuleProjection } from './projection';
export { atRiskFlags } from './risk';
export type { AtRiskCode, AtRiskFlag, AtRiskOptions } from './risk';
export { validateRuleSet } from './validate';
export type { RuleSetError, RuleSetValidation } from './validate';
export * from './templates';
