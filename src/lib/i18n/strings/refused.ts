/** The notice of a refused `?data=` (embed/dataUrl.ts). */
import type { Lang } from '../locale';

export const refused = {
  // A refused `?data=` (embed/dataUrl.ts). `{x}` is shown as isolated code, never markup.
  drTitle: {
    ar: 'لا يُسمح بملف الزيارة الذي يطلبه هذا الرابط',
    en: 'The visit file this link asks for is not allowed',
  },
  drOrigin: {
    ar: 'يطلب هذا الرابط زيارةً من {x}، وهذا الموقع لا يسمح بذلك. لا تُعرض إلا ملفات الزيارات الموجودة على هذا الموقع أو على مواقع يسمح بها.',
    en: 'This link asks for a visit from {x}, which this site does not allow. Only visit files on this site, or on sites it lists, are shown.',
  },
  drScheme: {
    ar: 'يطلب هذا الرابط زيارةً بعنوان من نوع {x}، وهذا غير مسموح أبدًا: ملف الزيارة عنوان ويب (http أو https).',
    en: 'This link asks for a visit from a {x} address, which is never allowed: a visit file is a web address (http or https).',
  },
  drCredentials: {
    ar: 'يطلب هذا الرابط زيارةً من عنوان فيه اسم مستخدم أو كلمة مرور ({x})، وهذا غير مسموح.',
    en: 'This link asks for a visit from an address holding a user name or password ({x}), which is not allowed.',
  },
  drTooLong: {
    ar: 'طول قيمة \u2066data=\u2069 في هذا الرابط {x} حرفًا، والحد الأقصى {max}.',
    en: 'This link’s data= value is {x} characters long; at most {max} are allowed.',
  },
  drNotUrl: {
    ar: 'قيمة \u2066data=\u2069 في هذا الرابط ليست عنوان ويب.',
    en: 'This link’s data= value is not a web address.',
  },
  drBlank: {
    ar: 'قيمة \u2066data=\u2069 في هذا الرابط فارغة: لا تسمّي أي ملف.',
    en: 'This link’s data= value is blank: it names no file.',
  },
  drRequested: { ar: 'قيمة \u2066data=\u2069 في الرابط', en: 'The link’s data= value' },
  drNothingLoaded: {
    ar: 'لم يُحمَّل أي شيء من هذا العنوان.',
    en: 'Nothing was loaded from it.',
  },
  drShowBundled: {
    ar: 'اعرض زيارة هذا الموقع بدلًا منه',
    en: 'Show this site’s own visit instead',
  },
} as const satisfies Record<string, Record<Lang, string>>;
