/**
 * `@alliance/deid`: finds and redacts HIPAA Safe Harbor identifiers in
 * supervision posts. Plain TypeScript, no framework.
 *
 * @example
 * import { detect, redact } from '@alliance/deid';
 * const text = 'Grace is a 31-year-old; call 919.724.3306.';
 * redact(text, detect(text)); // '[NAME] is a 31-year-old; call [PHONE].'
 */
export { PhiKind, PHI_KINDS } from './phi-kind';
export type { PhiFinding } from './phi-kind';
export { Detector, createDetector, detect } from './detector';
export type { DetectorOptions } from './detector';
export { Dictionaries, locateDataDir } from './dictionaries';
export { redact } from './redact';
export { fingerprint } from './fingerprint';
export { evaluate, formatReport, measureThroughput, readGoldCases } from './evaluate';
export type { EvaluationReport, GoldCase, KindScore, ThroughputOptions } from './evaluate';
