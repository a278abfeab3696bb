/**
 * The org chart's words: level names, plural-aware meeting counts, how a person without a name
 * is described, confidence tags and the names of the file's languages.
 */
import type { Organization, Person } from '../model/schema';
import { isolate, localizeDigits, pick, type Digits, type Lang, type Picked } from './locale';
import { ui, type StringKey } from './strings';

/** What a card's colour and shape say: the organization's level, or that it is a company. */
export type ChartLevel = Organization['level'] | 'company';
export type Confidence = 'confirmed' | 'likely' | 'unknown';

const LEVEL_KEYS: Record<ChartLevel, StringKey> = {
  'head-of-state': 'ocLevelHead',
  national: 'ocLevelNational',
  local: 'ocLevelLocal',
  affiliate: 'ocLevelAffiliate',
  international: 'ocLevelInternational',
  company: 'ocLevelCompany',
};
export const levelName = (level: ChartLevel, lang: Lang) => ui(LEVEL_KEYS[level], lang);

/**
 * The level a card shows: an international body (by kind or level) is international, a company
 * is a company whatever level the file gives it, anything else its own level.
 */
export const chartLevel = (org: Pick<Organization, 'level' | 'kind'>): ChartLevel =>
  org.kind === 'international-body' || org.level === 'international'
    ? 'international'
    : org.kind === 'company'
      ? 'company'
      : org.level;

/**
 * CLDR's plural category of a count (`Intl.PluralRules(lang).select(n)`), written out for whole
 * numbers: the page's first Intl object costs 15–30 ms of ICU start-up on the way to the chart.
 */
export function pluralForm(n: number, lang: Lang): Intl.LDMLPluralRule {
  if (!Number.isSafeInteger(n) || n < 0) return new Intl.PluralRules(lang).select(n);
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  const r = n % 100;
  if (n <= 2) return n === 0 ? 'zero' : n === 1 ? 'one' : 'two';
  return r >= 3 && r <= 10 ? 'few' : r >= 11 ? 'many' : 'other';
}

/** "٣ اجتماعات" / "3 meetings": the record's own meetings, with the plural form it wants. */
export function meetingsLabel(n: number, lang: Lang, digits: Digits = 'latn'): string {
  const form = pluralForm(n, lang);
  return localizeDigits(ui(`ocMeetings_${form}`, lang).replace('{n}', String(n)), digits);
}

/**
 * A person's name as shown, or, for a person no source names, a description that invents
 * nothing: "An official, Ministry of SMEs (name not reported)" (`short`: without the
 * organization, for a card that already heads with it). `reported` tells the two apart.
 */
export function personName(
  person: Pick<Person, 'name' | 'organization'>,
  orgs: ReadonlyMap<string, Pick<Organization, 'name'>>,
  lang: Lang,
  short = false,
): Picked & { reported: boolean } {
  if (person.name) return { ...pick(person.name, lang), reported: true };
  const org = person.organization ? orgs.get(person.organization) : undefined;
  const text =
    org && !short
      ? ui('ocUnnamed', lang).replace('{org}', isolate(pick(org.name, lang).text))
      : ui('ocUnnamedNoOrg', lang);
  return { text, lang, reported: false };
}

/** Every text a person can be found by: their names, or for an unnamed one, the description and title. */
export function personSearchTexts(
  person: Pick<Person, 'name' | 'organization' | 'title'>,
  orgs: ReadonlyMap<string, Pick<Organization, 'name'>>,
): string[] {
  if (person.name) return Object.values(person.name);
  return [
    ...(['ar', 'en'] as const).map((l) => personName(person, orgs, l).text),
    ...Object.values(person.title),
  ];
}

/** "(likely)" / "(مرجّح)" for a record that is not confirmed; empty for a confirmed one. */
export function confidenceTag(c: Confidence | undefined, lang: Lang): string {
  return c === 'likely' ? ui('ocLikely', lang) : c === 'unknown' ? ui('ocUnknown', lang) : '';
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
/** A language's name in the reader's language ("Korean", "الكورية"), the code if Intl lacks it. */
export function languageName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages named and joined as a list: "Arabic and Korean", or with `or`, "Arabic or Korean". */
export function languageList(codes: readonly string[], lang: Lang, or = false): string {
  const names = codes.map((c) => languageName(c, lang));
  try {
    return new Intl.ListFormat(lang, { type: or ? 'disjunction' : 'conjunction' }).format(names);
  } catch {
    return names.join(lang === 'ar' ? '، ' : ', ');
  }
}

/** The languages of the file other than the reader's, in the file's order. */
export const otherLanguages = (languages: readonly string[], lang: Lang): string[] =>
  languages.filter((l) => l.split('-')[0] !== lang);

/**
 * The words of the cue that more countries' trees lie beyond a viewport edge: their names (up to
 * two) or "3 more", and an arrow the way they lie — mirrored in Arabic, down for stacked trees.
 */
export function offscreenCue(
  names: readonly string[],
  edge: 'start' | 'end',
  below: boolean,
  lang: Lang,
  digits: Digits = 'latn',
) {
  const sep = lang === 'ar' ? '، ' : ', ';
  const rtl = lang === 'ar';
  const arrow = below ? (edge === 'end' ? '↓' : '↑') : (edge === 'end') !== rtl ? '→' : '←';
  const text =
    names.length <= 2
      ? names.join(sep)
      : localizeDigits(ui('ocMoreGroups', lang).replace('{n}', String(names.length)), digits);
  // The accessible name starts with what is shown (WCAG 2.5.3); the arrow is decoration.
  const label =
    names.length <= 2
      ? text
      : `${text}${lang === 'ar' ? ': ' : ': '}${names.map(isolate).join(sep)}`;
  return { text, arrow, label };
}
