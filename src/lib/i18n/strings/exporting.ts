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
  exportSource: { ar: 'المصدر', en: 'Source' },
  exportedOn: { ar: 'تاريخ التصدير', en: 'Exported' },
} as const satisfies Record<string, Record<Lang, string>>;
