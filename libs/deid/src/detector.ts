import { Dictionaries } from './dictionaries';
import { normalise } from './normalise';
import { PhiFinding } from './phi-kind';
import { propagateNames } from './propagate';
import { Candidate } from './recognisers/candidate';
import { recogniseAges } from './recognisers/ages';
import { recogniseEmails, recogniseHandles, recogniseIps, recognisePhones, recogniseUrls } from './recognisers/contact';
import { recogniseDates } from './recognisers/dates';
import { recogniseLabelledIds, recogniseSsns, recogniseUserNames } from './recognisers/identifiers';
import { recogniseAddresses, recogniseFacilities } from './recognisers/locations';
import { recogniseProperNouns } from './recognisers/proper-nouns';
import { resolveOverlaps } from './resolve';
import { tokenise } from './tokens';

/** Options for {@link createDetector}. */
export interface DetectorOptions {
  /** Folder holding the word lists; defaults to the repo's `libs/deid/data`. */
  dataDir?: string;
  /** Ready-made dictionaries (tests, or sharing one set between detectors). */
  dictionaries?: Dictionaries;
}

/**
 * Finds Safe Harbor identifiers in free text. Build one per process (loading
 * the dictionaries takes a few hundred milliseconds) and reuse it: `detect` is
 * pure and safe to call concurrently.
 *
 * @example
 * const detector = createDetector();
 * detector.detect('Grace is a 31-year-old'); // [{ kind: 'NAME', start: 0, end: 5, text: 'Grace', ... }]
 */
export class Detector {
  constructor(private readonly dictionaries: Dictionaries) {}

  /** Findings in `text`, sorted by start and never overlapping. */
  detect(text: string): PhiFinding[] {
    if (!text) return [];
    const normalised = normalise(text);
    const canonical = normalised.text;
    // One array filled in place: no spread of thirteen intermediate arrays per post.
    const candidates: Candidate[] = [];
    const add = (found: Candidate[]) => {
      for (let i = 0; i < found.length; i++) candidates.push(found[i]);
    };
    add(recogniseUrls(canonical));
    add(recogniseEmails(canonical));
    add(recogniseIps(canonical));
    add(recogniseHandles(canonical));
    add(recogniseSsns(canonical));
    add(recognisePhones(canonical));
    add(recogniseLabelledIds(canonical));
    add(recogniseUserNames(canonical));
    add(recogniseDates(canonical));
    add(recogniseAges(canonical));
    add(recogniseAddresses(canonical));
    add(recogniseFacilities(canonical));
    // Tokens are made right before the passes that read them, while they are still in the CPU cache: made
    // first, ~350 token objects were evicted by the twelve scans above and fetched again from memory.
    const tokens = tokenise(canonical);
    add(recogniseProperNouns(canonical, tokens, this.dictionaries));
    const resolved = propagateNames(canonical, tokens, resolveOverlaps(candidates), this.dictionaries);
    return resolved.map((c) => {
      const [start, end] = normalised.toOriginal(c.start, c.end);
      return { kind: c.kind, start, end, text: text.slice(start, end), confidence: round(c.confidence) };
    });
  }
}

function round(confidence: number): number {
  return Math.round(confidence * 100) / 100;
}

/** Creates a detector with the shipped dictionaries (or those in `options`). */
export function createDetector(options: DetectorOptions = {}): Detector {
  return new Detector(options.dictionaries ?? Dictionaries.load(options.dataDir));
}

let shared: Detector | undefined;

/**
 * Finds identifiers with a process-wide detector whose dictionaries load on
 * first use. See {@link Detector.detect}.
 */
export function detect(text: string): PhiFinding[] {
  shared ??= createDetector();
  return shared.detect(text);
}

