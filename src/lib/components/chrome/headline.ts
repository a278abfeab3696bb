/**
 * Headlines break only at spaces. Browsers also break after a hyphen ("Lee Sang-/min"), and
 * `hyphens: manual` does not stop that, so each word holding a hyphen is kept whole (drawn in a
 * `white-space: nowrap` span): the text itself is unchanged, so copying it gives the same
 * hyphen-minus. A word too long to ever fit a narrow line is left breakable, rather than
 * overflowing the page.
 */

/** A run of a headline: `whole` runs are hyphenated words that must not break. */
export interface HeadlineRun {
  text: string;
  whole: boolean;
}

/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash (UAX #14 breaks after them). */
const HYPHENATED = /[^\s]*[-\u2010\u2011\u2012\u2013][^\s]*/gu;

/** Longest word kept whole, in code points: about a 320 px line at headline size. */
export const MAX_WHOLE = 22;

/** `text` split into runs that may break (at their spaces) and hyphenated words that may not. */
export function headlineRuns(text: string): HeadlineRun[] {
  const runs: HeadlineRun[] = [];
  let at = 0;
  for (const m of text.matchAll(HYPHENATED)) {
    const word = m[0];
    // A hyphen at an edge ("-", "pre- and post-") joins nothing: leave it.
    if (!/\S[-\u2010-\u2013]\S/u.test(word) || [...word].length > MAX_WHOLE) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), whole: false });
    runs.push({ text: word, whole: true });
    at = m.index + word.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), whole: false });
  return runs;
}
