/**
 * The type and metrics of an org-chart card, and how its texts are wrapped, measured and named:
 * the pieces `buildOrgCards` assembles cards from.
 */
import type { Text } from '../model/schema';
import { dirOfText, isolate, pick, type Dir, type Lang } from '../i18n/locale';
import type { FontSpec, Measure } from '../text/measure';
import { wrapText } from '../text/wrap';

export { once } from '../text/once';

export type TextRole = 'org' | 'name' | 'unnamed' | 'alt' | 'title' | 'meta';

/** Type sizes in px at zoom 1; Arabic wants the generous line height. */
export const FONTS: Record<TextRole, FontSpec> = {
  org: { size: 13, weight: 600 },
  name: { size: 15, weight: 600 },
  alt: { size: 12 },
  title: { size: 13 },
  meta: { size: 12 },
  unnamed: { size: 14 },
};
export const LINE_HEIGHT = 1.6;
/** Card metrics in px: padding, the marker's room beside the org name, widths. */
export const CARD = {
  padX: 12,
  padTop: 12,
  padBottom: 10,
  rowGap: 9,
  marker: 18,
  minW: 152,
  wrapW: 200,
};

export interface TextLine {
  text: string;
  lang: string;
  dir: Dir;
  role: TextRole;
  width: number;
}

/** Names in the file's other languages (never the one already shown). */
export function altNames(text: Text, lang: Lang, others: readonly string[]) {
  const shown = pick(text, lang).lang;
  return others
    .filter((l) => l !== shown && text[l])
    .map((l) => ({ text: text[l] ?? '', lang: l }));
}

export function lines(
  text: string,
  lang: string,
  role: TextRole,
  measure: Measure,
  indent = 0,
): TextLine[] {
  const font = FONTS[role];
  return wrapText(text, CARD.wrapW - indent, font, measure).map((l) => ({
    text: l.text,
    width: l.width + indent,
    lang,
    dir: dirOfText(lang),
    role,
  }));
}

/**
 * The name as the card shows it, with its other scripts, each isolated: an item's accessible
 * name holds every word drawn on it (WCAG 2.5.3, label in name).
 */
export const namesLabel = (shown: string, alts: readonly { text: string }[]) =>
  [shown, ...alts.map((a) => a.text)].map(isolate).join(' ');

export const heightOf = (ls: TextLine[]) =>
  ls.reduce((h, l) => h + FONTS[l.role].size * LINE_HEIGHT, 0);

/** The text's lines, with its confidence tag `c` after it (or on a line of its own). */
export const taggedLines = (
  t: { text: string; lang: string },
  role: TextRole,
  c: string,
  lang: Lang,
  measure: Measure,
  indent = 0,
) =>
  !c
    ? lines(t.text, t.lang, role, measure, indent)
    : t.lang === lang
      ? lines(`${t.text} ${c}`, t.lang, role, measure, indent)
      : [...lines(t.text, t.lang, role, measure, indent), ...lines(c, lang, 'meta', measure)];

/**
 * The name's part of a label: a tag drawn on the name's line follows it after a space, as
 * drawn (a comma there, '،' in Arabic, broke label in name); one on a line of its own follows.
 */
export const taggedName = (
  t: { text: string; lang: string },
  alts: readonly { text: string }[],
  c: string,
  lang: Lang,
) =>
  c && t.lang === lang
    ? [`${isolate(t.text)} ${c}`, ...alts.map((a) => isolate(a.text))].join(' ')
    : [namesLabel(t.text, alts), c].filter(Boolean).join(lang === 'ar' ? '، ' : ', ');
