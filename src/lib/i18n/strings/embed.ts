/** Embedding, sharing and loading other visits. */
import type { Lang } from '../locale';

export const embed = {
  // Embedding, sharing, other visits (issue 6).
  emViews: { ar: 'ما يُعرض', en: 'Show' },
  emViewBoth: { ar: 'الاثنان', en: 'Both' },
  emTheme: { ar: 'المظهر', en: 'Theme' },
  emThemeAuto: { ar: 'تلقائي', en: 'Auto' },
  emThemeLight: { ar: 'فاتح', en: 'Light' },
  emThemeDark: { ar: 'داكن', en: 'Dark' },
  emCopyLink: { ar: 'انسخ الرابط', en: 'Copy link' },
  emCopied: { ar: 'نُسخ الرابط', en: 'Link copied' },
  emCopyFailed: {
    ar: 'تعذّر النسخ تلقائياً؛ انسخ الرابط من شريط العنوان',
    en: 'Could not copy; copy the address from the address bar',
  },
  emNoLink: { ar: 'لا رابط لملف محلي', en: 'A local file has no link' },
  emEmbed: { ar: 'تضمين', en: 'Embed' },
  emEmbedTitle: { ar: 'تضمين الزيارة في صفحة أخرى', en: 'Embed this visit in another page' },
  emEmbedIntro: {
    ar: 'الصق هذه الشيفرة في صفحتك. يضبط السكربت ارتفاع الإطار تلقائياً مع تغيّر المحتوى.',
    en: 'Paste this code into your page. The script keeps the frame as tall as its content.',
  },
  emKeepState: {
    ar: 'بالاختيار والتصفية والمدى الظاهر حالياً',
    en: 'With the current selection, filters and range',
  },
  emTransparent: { ar: 'خلفية شفافة', en: 'Transparent background' },
  emPlain: { ar: 'المخطط وحده، بلا عنوان ولا أزرار', en: 'Chart only, no title or controls' },
  emHeight: { ar: 'الارتفاع قبل التحميل (بكسل)', en: 'Height before loading (px)' },
  emCode: { ar: 'شيفرة التضمين', en: 'Embed code' },
  emCopyCode: { ar: 'انسخ الشيفرة', en: 'Copy code' },
  emCodeCopied: { ar: 'نُسخت الشيفرة', en: 'Code copied' },
  emClose: { ar: 'إغلاق', en: 'Close' },
  emOpenFull: { ar: 'افتح في صفحة كاملة', en: 'Open full page' },
  emOpenFile: { ar: 'افتح ملف زيارة…', en: 'Open a visit file…' },
  emDropHere: {
    ar: 'أفلت ملف الزيارة (JSON) هنا لمعاينته',
    en: 'Drop a visit file (JSON) here to preview it',
  },
  emPreviewing: { ar: 'معاينة ملف محلي:', en: 'Previewing a local file:' },
  emBackToVisit: { ar: 'عُد إلى الزيارة', en: 'Back to the visit' },
  emFrameTitle: { ar: '{title} · زيارة', en: '{title} · Ziyara' },
  emNotFoundTitle: { ar: 'لم يُعثر على ملف الزيارة', en: 'The visit file was not found' },
  emNotFoundIntro: {
    ar: 'أجاب الخادم بأن الملف غير موجود. تحقّق من الرابط في المعامل \u2066data=\u2069.',
    en: 'The server says there is no such file. Check the address given in data=.',
  },
  // A `visit=` that names no bundled visit: the parameter the link used, not data=.
  emNoVisitTitle: {
    ar: 'لا توجد الزيارة المطلوبة في \u2066visit=\u2069',
    en: 'The visit asked for in visit= does not exist',
  },
  emNoVisitIntro: {
    ar: 'لا توجد بين الزيارات المضمّنة زيارة بالمعرّف المكتوب في المعامل \u2066visit=\u2069. تحقّق من قيمته.',
    en: 'No bundled visit has the id given in visit=. Check its value.',
  },
  emNetworkTitle: { ar: 'تعذّر الوصول إلى ملف الزيارة', en: 'The visit file could not be reached' },
  emNetworkIntro: {
    ar: 'لم يصل الطلب إلى الملف. يجب أن يكون على الموقع نفسه، أو على خادم يسمح بذلك (CORS).',
    en: 'The request did not reach the file. It must be on this site, or on a server that allows it (CORS).',
  },
  emHttpTitle: { ar: 'رفض الخادم طلب الملف', en: 'The server refused the file' },
  emHttpIntro: {
    ar: 'أجاب الخادم بخطأ. حاول لاحقاً أو تحقّق من الرابط.',
    en: 'The server answered with an error. Try again later, or check the address.',
  },
  emNotJsonTitle: { ar: 'الملف ليس بصيغة JSON', en: 'The file is not JSON' },
  emNotJsonIntro: {
    ar: 'لا يمكن قراءة الملف بصيغة JSON. ملف الزيارة نصّ JSON واحد يبدأ بـ {.',
    en: 'The file cannot be read as JSON. A visit file is one JSON object, starting with {.',
  },
  emTooLargeTitle: { ar: 'ملف الزيارة أكبر من المسموح', en: 'The visit file is too large' },
  emTooLargeIntro: {
    ar: 'لا يُقرأ ملف أكبر من {mb} ميغابايت، حمايةً للمتصفح.',
    en: 'Files larger than {mb} MB are not read, to keep the browser responsive.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
