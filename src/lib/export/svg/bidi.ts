/**
 * The Unicode Bidirectional Algorithm (UAX #9) for outlined export, through `bidi-js`, which
 * passes both Unicode conformance files (tests/fixtures/unicode/). Outlined files must look right
 * in viewers that have no bidi support at all, so each line is cut into runs drawn in visual
 * order. This module only adapts bidi-js to that: levels per UTF-16 code unit, runs per line.
 */
import bidiFactory from 'bidi-js';

export type BaseDir = 'ltr' | 'rtl';

/** A maximal run of one embedding level; `rtl` when the level is odd. */
export interface Run {
  start: number;
  end: number;
  level: number;
}

const bidi = bidiFactory();

/** The Unicode bidi class of a code point (`L`, `R`, `AL`, `NSM`…). */
export const bidiClass = (cp: number): string => bidi.getBidiCharTypeName(String.fromCodePoint(cp));

/**
 * Rules P2–P3: the direction of the first strong character of the first paragraph, skipping
 * what isolates hold; `undefined` when there is none (`unicode-bidi: plaintext` then keeps the
 * element's own direction).
 */
export function firstStrong(text: string): BaseDir | undefined {
  let depth = 0;
  for (const ch of text) {
    const c = bidiClass(ch.codePointAt(0)!);
    if (c === 'LRI' || c === 'RLI' || c === 'FSI') depth++;
    else if (c === 'PDI') depth = Math.max(0, depth - 1);
    else if (c === 'B') return undefined;
    else if (!depth && c === 'L') return 'ltr';
    else if (!depth && (c === 'R' || c === 'AL')) return 'rtl';
  }
  return undefined;
}

/** Classes that rule X9 removes: they have no level of their own. */
const REMOVED = new Set(['BN', 'LRE', 'RLE', 'LRO', 'RLO', 'PDF']);

/**
 * bidi-js classifies each UTF-16 code unit on its own, so a character beyond U+FFFF (an emoji,
 * a Phoenician letter) would count as two `L`s. Each one is given to it as a BMP character of
 * the same class followed by a soft hyphen (BN, ignored by the algorithm).
 */
// prettier-ignore
const STAND_IN: Record<string, string> = {
  L: 'A', R: '\u05d0', AL: '\u06d5', EN: '0', ES: '+', ET: '#', AN: '\u0660', CS: ',',
  NSM: '\u036f', BN: '\u00ad', B: '\u2029', S: '\t', WS: ' ', ON: '!',
};
function bmpOnly(text: string): string {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return text;
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, (pair) => {
    return (STAND_IN[bidiClass(pair.codePointAt(0)!)] ?? 'A') + '\u00ad';
  });
}

function resolve(text: string, dir: BaseDir) {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(bmpOnly(text), dir);
  const out = Uint8Array.from(levels);
  // The second half of a surrogate pair has the class of the first.
  const lead = (i: number) => (i > 0 && text.codePointAt(i - 1)! > 0xffff ? i - 1 : i);
  const removed = (i: number) => REMOVED.has(bidiClass(text.codePointAt(lead(i))!));
  // Characters removed by X9 take the higher level of their neighbours, so an invisible control
  // does not split a run (and break Arabic joining); trailing ones keep the level L1 gave them.
  for (const p of paragraphs) {
    for (let i = p.start; i <= p.end; i++) {
      if (!removed(i)) continue;
      let j = i + 1;
      while (j <= p.end && removed(j)) j++;
      if (j > p.end) break;
      out[i] = Math.max(i > p.start ? out[i - 1]! : p.level, out[j]!);
    }
  }
  for (let i = 1; i < text.length; i++) if (lead(i) !== i) out[i] = out[i - 1]!;
  return { levels: out, paragraphs };
}

/**
 * Embedding levels per code unit of `text`, each paragraph of it (split at paragraph separators)
 * with base direction `dir`.
 */
export const resolveLevels = (text: string, dir: BaseDir): Uint8Array => resolve(text, dir).levels;

/** L2 for one paragraph: the runs of `levels` in [start, end), left to right. */
function reorder(levels: Uint8Array, start: number, end: number): Run[] {
  const runs: Run[] = [];
  for (let i = start; i < end; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  if (!runs.length) return runs;
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  for (let lvl = max; lvl >= minOdd; lvl--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i]!.level < lvl) continue;
      let j = i;
      while (j < runs.length && runs[j]!.level >= lvl) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs;
}

/**
 * The runs of one line of `text` in visual order, left to right, each drawn in its own direction
 * (odd level = right to left). A paragraph separator inside the line ends a paragraph: each is
 * reordered on its own, and they follow each other in reading order.
 */
export function visualRuns(text: string, dir: BaseDir): Run[] {
  const { levels, paragraphs } = resolve(text, dir);
  return paragraphs.flatMap((p) => reorder(levels, p.start, p.end + 1));
}
