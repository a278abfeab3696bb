/** The visit picker (components/chrome/VisitPicker.svelte): the bundled visits, and a wrong `visit=`. */
import type { Lang } from '../locale';

export const visits = {
  vpButton: { ar: 'الزيارات', en: 'Visits' },
  vpLabel: { ar: 'الزيارات المضمّنة في التطبيق', en: 'Visits bundled with the app' },
  vpCurrent: { ar: '(المعروضة الآن)', en: '(shown now)' },
  // `{x}`: the visit= value as the link wrote it, shown isolated, never as markup.
  vpUnknownTitle: {
    ar: 'لا توجد زيارة مضمّنة بهذا المعرّف',
    en: 'There is no bundled visit with this id',
  },
  vpUnknown: {
    ar: 'يطلب هذا الرابط الزيارة {x} (في \u2066visit=\u2069)، ولا توجد زيارة مضمّنة بهذا المعرّف. اختر إحدى الزيارات التالية:',
    en: 'This link asks for the visit {x} (in visit=), and no bundled visit has that id. Choose one of these:',
  },
} as const satisfies Record<string, Record<Lang, string>>;
