/** The org chart's words: level names and "N meetings with the delegation", plural-aware. */
import type { Organization } from '../model/schema';
import { localizeDigits, type Digits, type Lang } from './locale';
import { ui, type StringKey } from './strings';

type Level = Organization['level'];

const LEVEL_KEYS: Record<Level, StringKey> = {
  'head-of-state': 'ocLevelHead',
  national: 'ocLevelNational',
  local: 'ocLevelLocal',
  affiliate: 'ocLevelAffiliate',
  international: 'ocLevelInternational',
};
export const levelName = (level: Level, lang: Lang) => ui(LEVEL_KEYS[level], lang);

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

/** "٣ اجتماعات مع الوفد" with the plural form Arabic or English wants. */
export function meetingsLabel(n: number, lang: Lang, digits: Digits = 'latn'): string {
  const form = pluralForm(n, lang);
  return localizeDigits(ui(`ocMeetings_${form}`, lang).replace('{n}', String(n)), digits);
}
