/**
 * The HIPAA Safe Harbor identifier kinds the detector reports. Values equal
 * their names so they serialise as-is (JSON, GraphQL enums, `[KIND]` tokens).
 */
export enum PhiKind {
  NAME = 'NAME',
  LOCATION = 'LOCATION',
  DATE = 'DATE',
  AGE_OVER_89 = 'AGE_OVER_89',
  PHONE = 'PHONE',
  FAX = 'FAX',
  EMAIL = 'EMAIL',
  SSN = 'SSN',
  MRN = 'MRN',
  HEALTH_PLAN = 'HEALTH_PLAN',
  ACCOUNT = 'ACCOUNT',
  LICENSE = 'LICENSE',
  VEHICLE = 'VEHICLE',
  DEVICE = 'DEVICE',
  URL = 'URL',
  IP = 'IP',
  BIOMETRIC = 'BIOMETRIC',
  OTHER_ID = 'OTHER_ID',
}

/** Every kind, in declaration order. */
export const PHI_KINDS: readonly PhiKind[] = Object.values(PhiKind);

/**
 * One identifier found in a text. `start`/`end` are UTF-16 indices into the
 * original input (end exclusive), so `text === input.slice(start, end)`.
 * `confidence` is in (0, 1]: pattern matches with a label score high,
 * dictionary-and-context guesses lower.
 */
export interface PhiFinding {
  kind: PhiKind;
  start: number;
  end: number;
  text: string;
  confidence: number;
}
