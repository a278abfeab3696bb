/** The page around the charts: masthead, "about this visit", the tools menu, print. */
import type { Lang } from '../locale';

export const page = {
  // The kicker reads "guest → hosts": the arrow points the way the delegation travelled, in the
  // reading direction (RTL: ←). The arrow is drawn, this word is what is read aloud.
  pgArrow: { ar: '←', en: '→' },
  pgVisiting: { ar: 'في زيارة إلى', en: 'visiting' },
  pgListSep: { ar: '، ', en: ', ' },
  pgOthers: { ar: 'وبمشاركة', en: 'with' },
  pgAbout: { ar: 'عن الزيارة', en: 'About this visit' },
  pgTools: { ar: 'أدوات الصفحة', en: 'Page tools' },
  pgMore: { ar: 'أدوات أخرى', en: 'More tools' },
  pgPrint: { ar: 'اطبع أو احفظ PDF…', en: 'Print or save as PDF…' },
  pgPrintedFrom: { ar: 'طُبع من', en: 'Printed from' },
} as const satisfies Record<string, Record<Lang, string>>;
