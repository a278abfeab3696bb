/**
 * The first sheet of every workbook Ziyara writes: what each sheet holds and how to fill it, in
 * English and Arabic. The reader skips it.
 */
import { SHEETS } from './sheets';
import type { SheetKey } from './spec';

export const README_NAME = 'Read me · اقرأني';

const ABOUT: Record<SheetKey, [en: string, ar: string]> = {
  visit: [
    'One row: the visit itself. Its title and summary in each language, and its dates.',
    'صف واحد: الزيارة نفسها، بعنوانها وملخصها بكل لغة، وتاريخها.',
  ],
  countries: [
    'One row per country: the guest (exactly one), the hosts in the order of the tour, and any other country whose officials took part.',
    'صف لكل دولة: الضيف (دولة واحدة)، والدول المضيفة بترتيب الجولة، وأي دولة أخرى شارك مسؤولوها.',
  ],
  legs: [
    'The legs of the tour, in order: the host country (code or name), the city, the dates.',
    'محطات الجولة بترتيبها: الدولة المضيفة (رمزها أو اسمها) والمدينة والتاريخ.',
  ],
  places: [
    'Countries, cities and venues; "Within" names the place above.',
    'الدول والمدن والمواقع؛ «يقع في» يذكر المكان الأعلى.',
  ],
  sources: [
    'Every article or statement the visit is built from. Other sheets cite a source by its id.',
    'كل خبر أو بيان بُنيت عليه الزيارة. تذكر الأوراق الأخرى المصدر بمعرّفه.',
  ],
  topics: ['The subjects discussed.', 'الموضوعات التي نوقشت.'],
  organizations: [
    'The bodies on each side; "Part of" names the body above it (by name or id).',
    'الجهات في كل جانب؛ «تتبع» تذكر الجهة الأعلى (باسمها أو بمعرّفها).',
  ],
  people: [
    'The people, with their position and organization. A person whose name was not reported keeps an empty name.',
    'الأشخاص بمناصبهم وجهاتهم. من لم يُذكر اسمه يبقى اسمه فارغًا.',
  ],
  engagements: [
    'Meetings, talks, visits to sites, signings…: one row each, with who took part on each side.',
    'الاجتماعات والكلمات والزيارات الميدانية والتوقيعات…: صف لكل منها، ومن شارك من كل جانب.',
  ],
  events: [
    'Events around the visit: foundings, strategies, follow-ups.',
    'أحداث حول الزيارة: تأسيس واستراتيجيات ومتابعات.',
  ],
  figures: [
    'Numbers the sources give, about an organization, an engagement or an event.',
    'أرقام تذكرها المصادر عن جهة أو لقاء أو حدث.',
  ],
  confidence: [
    'How sure the sources are of a field of a record (optional): confirmed, likely or unknown.',
    'مدى تأكد المصادر من حقل في سجل (اختياري): مؤكد أو مرجّح أو غير مؤكد.',
  ],
};

const RULES: [en: string, ar: string][] = [
  ['Row 2 of each sheet is an example: write over it.', 'الصف الثاني في كل ورقة مثال: اكتب فوقه.'],
  [
    'Text goes in one column per language: "Name (ar)", "Name (en)". Add a column such as "Name (ko) / الاسم (ko)" for another language.',
    'لكل لغة عمود: «الاسم (ar)» و«الاسم (en)». أضف عمودًا مثل «Name (ko) / الاسم (ko)» للغة أخرى.',
  ],
  [
    'Refer to a person, organization, place or topic by its name in any language, or by its id. Several in one cell: separate them with ";".',
    'اذكر الشخص أو الجهة أو المكان أو الموضوع باسمه بأي لغة أو بمعرّفه. لذكر أكثر من واحد في خلية افصل بينها بـ «;» أو «؛».',
  ],
  [
    'Dates: 2022-10-04 · 2022-10-04 to 2022-10-07 · 2022-10 · 2022 · between 2022-10-03 and 2022-10-09 (a day not reported) · 2022-10-07 10:30 (with a Time zone such as Asia/Seoul) · unknown (with an Order).',
    'التواريخ: 2022-10-04 · 2022-10-04 to 2022-10-07 · 2022-10 · 2022 · between 2022-10-03 and 2022-10-09 (يوم لم يُذكر) · 2022-10-07 10:30 (مع منطقة زمنية مثل Asia/Seoul) · unknown (مع الترتيب).',
  ],
  [
    'Ids are optional: Ziyara makes one from the English name. "—" in a list cell means an empty list.',
    'المعرّفات اختيارية: تصنع «زيارة» معرّفًا من الاسم الإنجليزي. «—» في خلية قائمة تعني قائمة فارغة.',
  ],
  [
    'Open the workbook in Ziyara (Open a visit file…, or drop it on the page) to see the visit and any mistakes by sheet, row and column. Nothing leaves your computer.',
    'افتح المصنف في «زيارة» (فتح ملف زيارة…، أو أفلته على الصفحة) لترى الزيارة وأي أخطاء بالورقة والصف والعمود. لا يغادر شيء جهازك.',
  ],
];

/** The Read me sheet's rows. */
export function readMeRows(): string[][] {
  return [
    ['Sheet / الورقة', 'What it holds', 'ما تحويه'],
    ...SHEETS.map((s) => [`${s.en} · ${s.ar}`, ...ABOUT[s.key]]),
    ['', '', ''],
    ['How to fill it / طريقة التعبئة', '', ''],
    ...RULES.map(([en, ar]) => ['', en, ar]),
  ];
}
