import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXTRA_ENGLISH_WORDS, EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES } from './allow-list';

/** How many recently looked-up words {@link Dictionaries.lookup} keeps before starting afresh. */
const RECENT_WORDS = 4096;

/** Bit flags for a lower-case word's dictionary memberships. */
export const Lexicon = {
  FIRST_NAME: 1,
  LAST_NAME: 2,
  ENGLISH: 4,
} as const;

/**
 * The word lists the detector consults, merged into one map of flags so a
 * token costs one hash look-up. Immutable once built.
 */
export class Dictionaries {
  private constructor(private readonly flags: ReadonlyMap<string, number>) {}

  /** Builds dictionaries from in-memory lists (lower-case entries). */
  static fromLists(lists: { firstNames: Iterable<string>; lastNames: Iterable<string>; englishWords: Iterable<string> }): Dictionaries {
    const flags = new Map<string, number>();
    const add = (entries: Iterable<string>, flag: number) => {
      for (const entry of entries) if (entry) flags.set(entry, (flags.get(entry) ?? 0) | flag);
    };
    add(lists.firstNames, Lexicon.FIRST_NAME);
    add(EXTRA_FIRST_NAMES, Lexicon.FIRST_NAME);
    add(lists.lastNames, Lexicon.LAST_NAME);
    add(EXTRA_LAST_NAMES, Lexicon.LAST_NAME);
    add(lists.englishWords, Lexicon.ENGLISH);
    add(EXTRA_ENGLISH_WORDS, Lexicon.ENGLISH);
    return new Dictionaries(flags);
  }

  /** Loads the lists shipped in `libs/deid/data` (or `dataDir`). */
  static load(dataDir: string = locateDataDir()): Dictionaries {
    const read = (file: string) => readFileSync(join(dataDir, file), 'utf8').split('\n');
    return Dictionaries.fromLists({
      firstNames: read('first-names.txt'),
      lastNames: read('last-names.txt'),
      englishWords: read('english-words.txt'),
    });
  }

  /**
   * Words looked up lately, with their flags: a small map that stays in the CPU cache, where a probe of the
   * large one for every look-up misses it (posts ask about the same few hundred words again and again).
   */
  private readonly recent = new Map<string, number>();

  /** Flags of `lower` (already lower-cased); 0 when the word is in no list. */
  lookup(lower: string): number {
    let flags = this.recent.get(lower);
    if (flags === undefined) {
      flags = this.flags.get(lower) ?? 0;
      if (this.recent.size >= RECENT_WORDS) this.recent.clear();
      this.recent.set(lower, flags);
    }
    return flags;
  }

  isName(lower: string): boolean {
    return (this.lookup(lower) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) !== 0;
  }

  isFirstName(lower: string): boolean {
    return (this.lookup(lower) & Lexicon.FIRST_NAME) !== 0;
  }

  isEnglish(lower: string): boolean {
    return (this.lookup(lower) & Lexicon.ENGLISH) !== 0;
  }
}

/**
 * Finds `libs/deid/data` from this module's folder. Under ts-node/jest that is
 * `libs/deid/src/..`; compiled into `dist/` the data folder is not copied by
 * tsc, so walk up until a folder holding `libs/deid/data` appears.
 */
export function locateDataDir(from: string = __dirname): string {
  const marker = 'first-names.txt';
  let dir = from;
  for (let depth = 0; depth < 10; depth++) {
    for (const candidate of [join(dir, 'data'), join(dir, 'libs', 'deid', 'data')]) {
      if (existsSync(join(candidate, marker))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`de-identification dictionaries not found above ${from} (expected libs/deid/data/${marker})`);
}
