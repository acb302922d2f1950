import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a finding's text. Lets a user acknowledge a false alarm
 * ("Rogers is a theorist, not a client") without storing the text itself.
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
