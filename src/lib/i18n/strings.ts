/** Every UI string, in Arabic and English. Data strings never come from here. */
import type { Lang } from './locale';
import { axis } from './strings/axis';
import { calendar } from './strings/calendar';
import { embed } from './strings/embed';
import { exporting } from './strings/exporting';
import { orgChart } from './strings/orgChart';
import { page } from './strings/page';
import { refused } from './strings/refused';
import { timeline } from './strings/timeline';
import { visits } from './strings/visits';

const core = {
  appName: { ar: 'زيارة', en: 'Ziyara' },
  loading: { ar: 'جارٍ تحميل الزيارة…', en: 'Loading the visit…' },
  loadDownloading: { ar: 'يجري تنزيل ملف الزيارة…', en: 'Downloading the visit file…' },
  loadValidating: { ar: 'يجري التحقق من الملف…', en: 'Checking the file…' },
  loadBytes: { ar: '{done} من {total} ميغابايت ({pct}٪)', en: '{done} of {total} MB ({pct}%)' },
  loadSize: { ar: '{mb} ميغابايت', en: '{mb} MB' },
  errorTitle: { ar: 'تعذّر عرض ملف الزيارة', en: 'This visit file cannot be shown' },
  errorIntro: {
    ar: 'وُجدت المشكلات التالية في الملف. صحّحها ثم أعد التحميل.',
    en: 'The file has the problems below. Fix them and load it again.',
  },
  errorPath: { ar: 'الموضع', en: 'Where' },
  errorExpected: { ar: 'المتوقَّع', en: 'Expected' },
  errorFound: { ar: 'الموجود', en: 'Found' },
  errorMore: { ar: 'وأخطاء أخرى لم تُعرض', en: 'and more errors not shown' },
  // Issue 18: each problem with its place in the file, an excerpt, hints and its documentation.
  errorCount: { ar: 'عدد المشكلات: {n}', en: 'Problems found: {n}' },
  errorDocs: {
    ar: 'اقرأ عن هذا في وصف صيغة الملف',
    en: 'Read about this in the file format’s description',
  },
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

/** The parts, for the test that no key is defined twice (a later one would win in silence). */
export const STRING_PARTS = [
  core,
  orgChart,
  timeline,
  embed,
  exporting,
  refused,
  page,
  calendar,
  visits,
  axis,
] as const;
const strings = {
  ...core,
  ...orgChart,
  ...timeline,
  ...embed,
  ...exporting,
  ...refused,
  ...page,
  ...calendar,
  ...visits,
  ...axis,
};

export type StringKey = keyof typeof strings;

/** The UI string `key` in `lang`. */
export function ui(key: StringKey, lang: Lang): string {
  return strings[key][lang];
}
