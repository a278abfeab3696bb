/** The page around the charts: masthead, "about this visit", the tools menu, print. */
import type { Lang } from '../locale';

export const page = {
  // The kicker reads "guest → hosts": the arrow points the way the delegation travelled, in the
  // reading direction (RTL: ←). The arrow is drawn, this word is what is read aloud.
  pgArrow: { ar: '←', en: '→' },
  pgVisiting: { ar: 'في زيارة إلى', en: 'visiting' },
  pgListSep: { ar: '، ', en: ', ' },
  pgOthers: { ar: 'وبمشاركة', en: 'with' },
  // More third countries than fit the kicker: counted there, named under "About this visit".
  pgOthersCount: { ar: 'وبمشاركة دول أخرى عددها {n}', en: 'with {n} other countries' },
  pgOthersAll: { ar: 'شاركت أيضًا:', en: 'Also taking part:' },
  pgAbout: { ar: 'عن الزيارة', en: 'About this visit' },
  pgTools: { ar: 'أدوات الصفحة', en: 'Page tools' },
  pgMore: { ar: 'أدوات أخرى', en: 'More tools' },
  pgPrint: { ar: 'احفظ PDF أو اطبع…', en: 'Print or save as PDF…' },
  pgPrintedFrom: { ar: 'طُبع من', en: 'Printed from' },
} as const satisfies Record<string, Record<Lang, string>>;
