/**
 * Every match of the global `pattern` in `text`, the same matches `text.matchAll(pattern)`
 * yields for a pattern whose `lastIndex` is 0 (as every pattern here is between uses).
 *
 * `matchAll` clones its pattern on each call, which costs about half a microsecond and the
 * detector makes dozens of such calls per post; this runs the pattern itself and puts its
 * `lastIndex` back. The matches are all collected before they are returned, so a loop over
 * them may use the same pattern again.
 *
 * @example
 * for (const m of matchesOf(/\d+/g, 'a 12 b 3')) console.log(m.index, m[0]); // 2 '12', then 7 '3'
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  const saved = pattern.lastIndex;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  pattern.lastIndex = saved;
  return matches;
}

/** Sticky twins of the patterns tried only where a match may begin (see {@link matchesAt}). */
const STICKY = new Map<RegExp, RegExp>();

/**
 * The matches `matchesOf(pattern, text)` finds when every match begins at one of `starts` (ascending):
 * the pattern is tried at those places alone instead of at every character of the post.
 *
 * @example
 * matchesAt(/\d+/g, 'a 12 b 3', [2, 7]).map((m) => m[0]); // ['12', '3']
 */
export function matchesAt(pattern: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  let twin = STICKY.get(pattern);
  if (!twin) STICKY.set(pattern, (twin = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    twin.lastIndex = start;
    const m = twin.exec(text);
    if (!m) continue;
    matches.push(m);
    from = start + m[0].length;
  }
  return matches;
}

/** The index after `index`, stepping over a whole surrogate pair in unicode mode (as `matchAll` does). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
