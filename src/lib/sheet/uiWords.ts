/**
 * The page's words for spreadsheets (issue 17), kept out of the first view's strings: only the
 * lazily loaded parts that show a spreadsheet's result (SheetErrors, SheetDownload, ErrorList)
 * use them.
 */
import type { Lang } from '../i18n/locale';

const WORDS = {
  template: { ar: 'قالب جدول البيانات', en: 'Spreadsheet template' },
  downloadJson: { ar: 'تنزيل ملف الزيارة (JSON)', en: 'Download visit JSON' },
  errorTitle: { ar: 'في جدول البيانات أخطاء', en: 'The spreadsheet has mistakes' },
  errorIntro: {
    ar: 'كل خطأ مذكور بورقته وصفّه وعموده. صحّحها في جدول البيانات ثم افتحه من جديد. لم يغادر شيء جهازك.',
    en: 'Each mistake is named by its sheet, row and column. Fix them in the spreadsheet and open it again. Nothing has left your computer.',
  },
  errorCount: { ar: 'عدد الأخطاء: {n}', en: 'Mistakes found: {n}' },
} as const satisfies Record<string, Record<Lang, string>>;

export const sheetUi = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];

/** Where the template is served, beside the app (public/ziyara-template.xlsx). */
export const TEMPLATE_HREF = 'ziyara-template.xlsx';
