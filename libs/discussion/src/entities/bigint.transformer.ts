import type { ValueTransformer } from 'typeorm';

/** bigint columns as strings on both databases (pg returns strings, PGlite numbers). */
export const BIGINT_AS_STRING: ValueTransformer = {
  from: (value: unknown) => (value === null || value === undefined ? value : String(value)),
  to: (value: unknown) => value,
};
