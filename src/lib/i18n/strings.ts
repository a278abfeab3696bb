/** Every UI string, in Arabic and English. Data strings never come from here. */
import type { Lang } from './locale';

const strings = {
  appName: { ar: 'زيارة', en: 'Ziyara' },
  loading: { ar: 'جارٍ تحميل الزيارة…', en: 'Loading the visit…' },
  errorTitle: { ar: 'تعذّر عرض ملف الزيارة', en: 'This visit file cannot be shown' },
  errorIntro: {
    ar: 'وُجدت المشكلات التالية في الملف. صحّحها ثم أعد التحميل.',
    en: 'The file has the problems below. Fix them and load it again.',
  },
  errorPath: { ar: 'الموضع', en: 'Where' },
  errorExpected: { ar: 'المتوقَّع', en: 'Expected' },
  errorFound: { ar: 'الموجود', en: 'Found' },
  errorMore: { ar: 'وأخطاء أخرى لم تُعرض', en: 'and more errors not shown' },
  loadFailed: { ar: 'تعذّر تحميل الملف', en: 'The file could not be loaded' },
  sources: { ar: 'المصادر', en: 'Sources' },
  primarySource: { ar: 'المصدر الرئيسي', en: 'Primary source' },
  language: { ar: 'اللغة', en: 'Language' },
  switchLanguage: { ar: 'English', en: 'العربية' },
  timeline: { ar: 'الخط الزمني', en: 'Timeline' },
  orgChart: { ar: 'الهيكل التنظيمي', en: 'Org chart' },
  meetings: { ar: 'الاجتماعات', en: 'Meetings' },
  guestSide: { ar: 'الوفد الزائر', en: 'Visiting delegation' },
  hostSide: { ar: 'الجانب المضيف', en: 'Host side' },
  dayNotReported: { ar: 'اليوم غير مذكور', en: 'day not reported' },
  dateUnknown: { ar: 'التاريخ غير معروف', en: 'date unknown' },
  orderPrefix: { ar: 'الترتيب', en: 'order' },
  approximately: { ar: 'نحو', en: 'about' },
  morning: { ar: 'صباحاً', en: 'morning' },
  afternoon: { ar: 'بعد الظهر', en: 'afternoon' },
  evening: { ar: 'مساءً', en: 'evening' },
  published: { ar: 'نُشر في', en: 'published' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

/** The UI string `key` in `lang`. */
export function ui(key: StringKey, lang: Lang): string {
  return strings[key][lang];
}
