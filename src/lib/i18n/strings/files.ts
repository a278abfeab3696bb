/**
 * What reading a visit file's bytes, or its download, can say. Only the error list (a lazy
 * chunk) shows these, so they are looked up with `fileWord`, not `ui`: not in the first view.
 */
import type { Lang } from '../locale';

export const files = {
  // Reading a file's bytes (model/readBytes.ts) and a download that stops (model/load.ts).
  emNotUtf8Title: { ar: 'الملف ليس نصًّا بترميز UTF-8', en: 'The file is not UTF-8 text' },
  emNotUtf8Intro: {
    ar: 'في الملف بايتات لا تُقرأ بترميز UTF-8، وموضع أولها مذكور أدناه. احفظ الملف بترميز UTF-8 ثم حمّله من جديد.',
    en: 'Some bytes of the file cannot be read as UTF-8; the first one is shown below. Save the file as UTF-8 and load it again.',
  },
  emUtf16Title: { ar: 'هذا الملف بترميز UTF-16، لا UTF-8', en: 'This file is UTF-16, not UTF-8' },
  emUtf32Title: { ar: 'هذا الملف بترميز UTF-32، لا UTF-8', en: 'This file is UTF-32, not UTF-8' },
  emSaveAsUtf8Intro: {
    ar: 'لا يُقرأ ملف الزيارة إلا بترميز UTF-8. احفظه بترميز UTF-8 (في أغلب المحررات: «حفظ باسم» ثم الترميز UTF-8) ثم حمّله من جديد.',
    en: 'A visit file is read only as UTF-8. Save it as UTF-8 (in most editors: Save as…, then Encoding: UTF-8) and load it again.',
  },
  emEmptyTitle: { ar: 'ملف الزيارة فارغ', en: 'The visit file is empty' },
  emEmptyIntro: {
    ar: 'لا يحوي الملف شيئًا، أو يحوي مسافات فقط. ملف الزيارة نصّ JSON واحد يبدأ بـ {.',
    en: 'The file holds nothing, or only white space. A visit file is one JSON object, starting with {.',
  },
  emStalledTitle: {
    ar: 'لم يكتمل تنزيل ملف الزيارة',
    en: 'The visit file did not finish downloading',
  },
  emStalledIntro: {
    ar: 'توقّف الخادم عن إرسال الملف، أو أرسله ببطء شديد، فأُوقف التنزيل. حاول لاحقًا أو تحقّق من الخادم.',
    en: 'The server stopped sending the file, or sent it too slowly, so the download was stopped. Try again later, or check the server.',
  },
  emDrawTitle: { ar: 'تعذّر رسم ملف الزيارة', en: 'This visit file cannot be drawn' },
  emDrawIntro: {
    ar: 'اجتاز الملف كل الفحوص، لكن رسمه فشل. هذا خلل في «زيارة» لا في الملف؛ الخطأ مذكور أدناه، فأبلغ عنه من فضلك.',
    en: 'The file passed every check, but drawing it failed. This is a fault of Ziyara’s, not of the file; the error is below. Please report it.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type FileWordKey = keyof typeof files;

export const isFileWord = (key: string): key is FileWordKey => key in files;

/** The file-reading string `key` in `lang`. */
export const fileWord = (key: FileWordKey, lang: Lang): string => files[key][lang];
