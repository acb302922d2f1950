import { PhiFinding } from './phi-kind';

/**
 * Replaces each finding with `[KIND]`. Findings must come from the same text
 * (as `detect` returns them: sorted, non-overlapping); overlapping ones are
 * merged into the first.
 *
 * @example
 * redact('Call Grace at 555-0134', detect('Call Grace at 555-0134'));
 * // 'Call [NAME] at [PHONE]'
 */
export function redact(text: string, findings: readonly Pick<PhiFinding, 'kind' | 'start' | 'end'>[]): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const f of ordered) {
    if (f.end <= cursor) continue;
    out += text.slice(cursor, Math.max(cursor, f.start)) + `[${f.kind}]`;
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
