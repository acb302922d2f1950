/** Presentation helpers: the only place where minutes become rounded hours. */

/** Minutes as hours rounded to 2 decimals. */
export function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Hours for a sentence: "32.5", "40", "1.25". */
export function formatHours(minutes: number): string {
  return String(toHours(minutes));
}

/** "1 hour" / "2.5 hours". */
export function hoursPhrase(minutes: number, noun = ''): string {
  const h = toHours(minutes);
  const words = noun ? `${noun} ` : '';
  return `${h} ${words}${h === 1 ? 'hour' : 'hours'}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Capitalises the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Small tolerance so 0.1 + 0.2 style float noise never flips a status. */
export const EPSILON_MINUTES = 1e-6;
