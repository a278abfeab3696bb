/**
 * The words every exported file carries, in the reader's language: title, subtitle, `<desc>`,
 * the source credit ("المصدر: البيان، 9 أكتوبر 2022") and the export date. Data strings
 * (the title, publisher names) are made one line (`oneLine`: no control characters, no line or
 * bidi paragraph break that would end the isolate early) and isolated, so they cannot reorder
 * the UI words around them: in the SVG's title, desc and bands, and in the PNG's metadata.
 */
import type { Calendar } from '../i18n/calendar';
import { formatDateSpec, formatDay } from '../i18n/format';
import { dirOf, pick, type Digits, type Lang } from '../i18n/locale';
import { ui } from '../i18n/strings';
import type { Visit } from '../model/schema';
import type { ExportView, LegendItem, SerializeOptions } from './types';
import { isolateData, oneLine } from './svg/xml';

export type ExportMeta = Omit<SerializeOptions, 'mode' | 'fonts'>;

const SEP = { ar: '، ', en: ', ' } as const;
const LIST = { ar: '؛ ', en: '; ' } as const;

/**
 * "المصدر: البيان، 9 أكتوبر 2022": publishers (data, isolated with their bidi controls balanced)
 * and their publication days, in `lang`.
 */
export function creditLine(
  sources: readonly { publisher: string; published?: string }[],
  lang: Lang,
  digits: Digits,
  calendar: Calendar = 'gregory',
): string {
  const list = sources.map((s) => {
    const name = isolateData(oneLine(s.publisher));
    if (!s.published) return name;
    return (
      name +
      SEP[lang] +
      formatDateSpec({ precision: 'day', start: s.published }, lang, digits, { calendar })
    );
  });
  return `${ui('exportSource', lang)}: ${list.join(LIST[lang])}`;
}

/** The credit line for a visit: its primary sources (all sources if none is primary). */
export function sourceCredit(
  visit: Visit,
  lang: Lang,
  digits: Digits,
  calendar: Calendar = 'gregory',
): string {
  const primary = visit.sources.filter((s) => s.role === 'primary');
  const sources = (primary.length ? primary : visit.sources).map((s) => ({
    publisher: pick(s.publisher, lang).text,
    published: s.published,
  }));
  return creditLine(sources, lang, digits, calendar);
}

/**
 * "تاريخ التصدير: 5 مايو 2025", the reader's local day, in the page's calendar (a Hijri day with
 * the Gregorian one beside it).
 */
export function exportDateLine(
  now: Date,
  lang: Lang,
  digits: Digits,
  calendar: Calendar = 'gregory',
): string {
  const floating = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return `${ui('exportedOn', lang)}: ${formatDay(floating, lang, digits, { calendar })}`;
}

/** Everything `serializeSvg` needs besides the mode and the fonts. */
export function exportMeta(
  visit: Visit,
  view: ExportView,
  lang: Lang,
  digits: Digits,
  now: Date,
  legend?: LegendItem[],
  /** The calendar the page shows: a Hijri subtitle has the Gregorian dates beside it. */
  calendar: Calendar = 'gregory',
): ExportMeta {
  const title = oneLine(pick(visit.title, lang).text);
  const viewName = ui(view === 'timeline' ? 'timeline' : 'orgChart', lang);
  const subtitle = `${viewName} · ${formatDateSpec(visit.dates, lang, digits, { calendar })}`;
  const credit = sourceCredit(visit, lang, digits, calendar);
  const exportDate = exportDateLine(now, lang, digits, calendar);
  return {
    title,
    subtitle,
    desc: `${viewName}: ${isolateData(title)}. ${credit}. ${exportDate}.`,
    lang,
    dir: dirOf(lang),
    legend,
    credit,
    exportDate,
  };
}

/**
 * Legend entries read from a legend element built as a list: each `<li>` holds an `<svg>`
 * swatch and its label (the timeline's and the org chart's legends are), and may name what it
 * explains in `data-kind`.
 */
export function legendFrom(root: Element | null | undefined): LegendItem[] {
  if (!root) return [];
  return [...root.querySelectorAll('li')].flatMap((li) => {
    const words = [...li.childNodes].filter((n) => !(n instanceof SVGElement));
    const label = words
      .map((n) => n.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const kind = li.getAttribute('data-kind') ?? undefined;
    return label ? [{ label, kind, swatch: li.querySelector('svg') }] : [];
  });
}
