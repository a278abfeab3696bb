/**
 * Spelling-tolerant search over names in whatever languages the visit file has (Arabic, Latin
 * scripts, Hangul…); an unnamed person is found by their description and title.
 *
 * Readers type Arabic names the way they write them, not the way a source spelled them: with or
 * without hamza seats, ta marbuta or ha, alef maqsura or ya, with diacritics or tatweel. Latin
 * names come with or without hyphens and capitals ("Bang Moon-kyu", "bang moonkyu"). Both the
 * query and the names are folded to one key and matched as substrings.
 */

// After NFKD the hamza and madda seats are split off as combining marks (أ → ا + ◌ٔ), so only the
// letters that do not decompose need a table.
const LETTERS: Record<string, string> = {
  ء: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ۀ: 'ه',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
// Combining marks (Arabic harakat, Latin accents), tatweel, bidi controls, joiners, spacing,
// hyphens, apostrophes and dots: none of them tells two names apart.
const IGNORED_RE =
  /[\p{M}\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\s\-\u2010-\u2015_'’‘`.·،,]/gu;
const ARABIC_DIGITS_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Once seats are folded, "سيئول" reads "سييول": a doubled Arabic letter is a spelling variant
// (a real double is written with shadda), so repeats collapse to one.
const REPEAT_RE = /([\u0621-\u064A])\1+/g;

/**
 * The search key of a string: NFKD, marks and separators removed, Arabic letter variants
 * unified and doubled Arabic letters collapsed, Arabic-Indic digits as Western ones, Latin lower-cased. Hangul syllables are
 * decomposed into jamo, so a syllable still being typed ("서우") matches ("서울").
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(IGNORED_RE, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(REPEAT_RE, '$1')
    .replace(ARABIC_DIGITS_RE, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .toLowerCase();
}

export interface SearchEntry {
  id: string;
  /** Every name the entry is known by, in any language. */
  texts: readonly string[];
}

export interface SearchIndex {
  /** Ids whose names contain the query, in entry order; none for an empty query. */
  search(query: string): string[];
}

/**
 * Folds every entry's names once, on the first search that needs them (not when the chart
 * loads: most readers never search), so that each keystroke only scans prepared keys.
 */
export function createSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  let keys: { id: string; key: string }[] | null = null;
  return {
    search(query) {
      const q = normalizeForSearch(query);
      if (!q) return [];
      keys ??= entries.map((e) => ({
        id: e.id,
        key: e.texts.map(normalizeForSearch).join('\u0000'),
      }));
      return keys.filter((k) => k.key.includes(q)).map((k) => k.id);
    },
  };
}
