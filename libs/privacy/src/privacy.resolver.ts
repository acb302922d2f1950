import { Args, Query, Resolver } from '@nestjs/graphql';
import { fingerprint, redact } from '@alliance/deid';
import { Actor, CurrentActor, DomainError } from '@alliance/core';
import { DeidentifyResult } from './phi.models';
import { PhiGuard } from './phi-guard.service';

const MAX_TEXT = 50000;

@Resolver()
export class PrivacyResolver {
  constructor(private readonly guard: PhiGuard) {}

  @Query(() => DeidentifyResult, { description: `Finds identifiers for live highlighting (up to ${MAX_TEXT} characters). Stores and logs nothing.` })
  deidentify(@CurrentActor() _actor: Actor, @Args('text', { type: () => String }) text: string): DeidentifyResult {
    if (text.length > MAX_TEXT) throw DomainError.badInput('The text is too long to check at once', [{ field: 'text', message: `must be at most ${MAX_TEXT} characters` }]);
    const findings = this.guard.detect(text);
    return { findings: findings.map((f) => ({ ...f, textHash: fingerprint(f.text) })), redactedText: redact(text, findings) };
  }
}
