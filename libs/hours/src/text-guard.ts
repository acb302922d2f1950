import { Injectable } from '@nestjs/common';

/** A free-text field of the hours domain and the text it is about to store. */
export interface GuardedText {
  /** The input field, reported back in `extensions.fields` when the text is refused. */
  field: string;
  text: string;
}

/**
 * The seam where free text in hour entries (notes, correction and return reasons) will
 * be checked by the de-identification guard of `@alliance/deid`, once that exists: a
 * text that names a client must be refused (PHI_DETECTED, with where it was found)
 * before anything is stored. Every free-text write of the hours domain goes through
 * {@link TextGuard.check}; nothing else needs to change when the real guard arrives.
 */
export abstract class TextGuard {
  /** Resolves when every text may be stored; throws a DomainError otherwise. */
  abstract check(texts: GuardedText[]): Promise<void>;
}

/**
 * Stand-in until `@alliance/deid` is integrated: accepts every text. Replace the
 * provider of {@link TextGuard} in HoursModule with one that calls `detect(text)`.
 */
@Injectable()
export class NotYetGuardedText extends TextGuard {
  async check(_texts: GuardedText[]): Promise<void> {
    return;
  }
}
