/** The export menu's words. */
import type { Lang } from '../locale';

export const exporting = {
  // Export (issue 5)
  exportButton: { ar: 'تصدير', en: 'Export' },
  exportTitle: { ar: 'تصدير {view}', en: 'Export the {view}' },
  exportFormat: { ar: 'الصيغة', en: 'Format' },
  exportSvgText: { ar: 'SVG بنص قابل للتحرير', en: 'SVG, editable text' },
  exportSvgOutline: { ar: 'SVG بنص محوَّل إلى أشكال', en: 'SVG, text as outlines' },
  exportPng: { ar: 'صورة PNG', en: 'PNG image' },
  exportScale: { ar: 'الدقة', en: 'Scale' },
  exportArea: { ar: 'النطاق', en: 'Area' },
  exportCurrent: { ar: 'العرض الحالي', en: 'Current view' },
  exportWhole: { ar: 'المخطط كاملاً', en: 'Whole chart' },
  exportDownload: { ar: 'تنزيل', en: 'Download' },
  exportWorking: { ar: 'جارٍ تجهيز الملف…', en: 'Preparing the file…' },
  exportDone: { ar: 'نُزِّل الملف {file}', en: 'Downloaded {file}' },
  exportFailed: { ar: 'تعذّر التصدير: {reason}', en: 'Export failed: {reason}' },
  exportTooLarge: {
    ar: 'الصورة أكبر من أن ترسمها المتصفحات بهذه الدقة؛ اختر دقة أقل أو SVG.',
    en: 'The image is too large for a browser at this scale; choose a lower scale or SVG.',
  },
  exportNoChart: {
    ar: 'لا يوجد مخطط معروض للتصدير.',
    en: 'There is no chart on screen to export.',
  },
  // Static counts on paper, where items too close together to draw stay gathered (issue 15)
  exportMoreMeetings_one: { ar: 'اجتماع آخر', en: '{n} more meeting' },
  exportMoreMeetings_two: { ar: 'اجتماعان آخران', en: '{n} more meetings' },
  exportMoreMeetings_few: { ar: '{n} اجتماعات أخرى', en: '{n} more meetings' },
  exportMoreMeetings_many: { ar: '{n} اجتماعًا آخر', en: '{n} more meetings' },
  exportMoreMeetings_other: { ar: '{n} اجتماع آخر', en: '{n} more meetings' },
  exportMoreEvents_one: { ar: 'حدث سياقي آخر', en: '{n} more context event' },
  exportMoreEvents_two: { ar: 'حدثان سياقيان آخران', en: '{n} more context events' },
  exportMoreEvents_few: { ar: '{n} أحداث سياقية أخرى', en: '{n} more context events' },
  exportMoreEvents_many: { ar: '{n} حدثًا سياقيًا آخر', en: '{n} more context events' },
  exportMoreEvents_other: { ar: '{n} حدث سياقي آخر', en: '{n} more context events' },
  exportMoreUndated: { ar: '{n} أخرى بلا تاريخ', en: '{n} more without a date' },
  exportSource: { ar: 'المصدر', en: 'Source' },
  exportedOn: { ar: 'تاريخ التصدير', en: 'Exported' },
} as const satisfies Record<string, Record<Lang, string>>;
