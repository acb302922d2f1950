import { Injectable } from '@nestjs/common';
import { createDetector, Detector, fingerprint, PhiFinding as Finding, redact } from '@alliance/deid';
import { DomainError, ErrorCode } from '@alliance/core';
import { PhiHandling, PhiOptionsInput, PhiRedaction } from './phi.models';

/** The texts of a write after the guard: as given, or redacted, plus what to audit. */
export type GuardedTexts<T extends Record<string, string | undefined>> = T & {
  /** Kinds only, never text: goes into the write's audit event. */
  auditMetadata: Record<string, unknown>;
  redactions: PhiRedaction[];
};

/**
 * The de-identification guard every free-text write passes before anything is stored.
 *
 * By default a text with identifiers is refused with PHI_DETECTED and
 * `extensions.findings: [{ field, kind, start, end }]`. The author may ask for REDACT
 * (identifiers become `[KIND]`) or acknowledge specific findings as not identifying
 * (matched by field, offsets and the SHA-256 of the text); acknowledgements are returned
 * for the audit trail with their kind, never their text. Texts are never logged.
 */
@Injectable()
export class PhiGuard {
  private detector: Detector | undefined;

  /** Findings in one text (for live highlighting); stores and logs nothing. */
  detect(text: string): Finding[] {
    this.detector ??= createDetector();
    return this.detector.detect(text);
  }

  async check<T extends Record<string, string | undefined>>(texts: T, options?: PhiOptionsInput | null): Promise<GuardedTexts<T>> {
    const handling = options?.handling ?? PhiHandling.REJECT;
    const acknowledged = options?.acknowledged ?? [];
    const result: Record<string, string | undefined> = { ...texts };
    const refused: Array<{ field: string; kind: string; start: number; end: number; textHash: string }> = [];
    const acknowledgedKinds: Array<{ field: string; kind: string }> = [];
    const redactions: PhiRedaction[] = [];
    for (const [field, text] of Object.entries(texts)) {
      if (!text) continue;
      const findings = this.detect(text);
      const open: Finding[] = [];
      for (const finding of findings) {
        const hash = fingerprint(finding.text);
        const ok = acknowledged.some((a) => a.field === field && a.start === finding.start && a.end === finding.end && a.textHash === hash);
        if (ok) acknowledgedKinds.push({ field, kind: finding.kind });
        else open.push(finding);
      }
      if (open.length === 0) continue;
      if (handling === PhiHandling.REDACT) {
        result[field] = redact(text, open);
        redactions.push(...open.map((f) => ({ field, kind: f.kind, start: f.start, end: f.end })));
      } else {
        refused.push(...open.map((f) => ({ field, kind: f.kind, start: f.start, end: f.end, textHash: fingerprint(f.text) })));
      }
    }
    if (refused.length > 0) {
      const kinds = [...new Set(refused.map((f) => f.kind))].join(', ');
      throw new DomainError(ErrorCode.PHI_DETECTED, `This text looks like it identifies a client (${kinds}). Remove it, ask for REDACT, or acknowledge a false alarm.`, { findings: refused });
    }
    return {
      ...(result as T),
      redactions,
      auditMetadata: {
        ...(acknowledgedKinds.length ? { phiAcknowledged: acknowledgedKinds } : {}),
        ...(redactions.length ? { phiRedacted: redactions.map(({ field, kind }) => ({ field, kind })) } : {}),
      },
    };
  }
}
