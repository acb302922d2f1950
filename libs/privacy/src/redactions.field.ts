import { Field } from '@nestjs/graphql';
import { PhiRedaction } from './phi.models';

/**
 * The `redactions` field of a write's response: what a REDACT write replaced (kinds and
 * places, never the text). Set on the returned object only, never stored.
 */
export function RedactionsField(): PropertyDecorator {
  return Field(() => [PhiRedaction], { nullable: true, description: 'On a REDACT write: what was replaced (kinds and places, never the text).' });
}
