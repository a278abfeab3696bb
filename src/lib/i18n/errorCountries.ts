/**
 * What format version 2's checks expect (model/countryChecks.ts and the date `between`), in
 * words for people: rules of the same shape as errorExpected.ts's, which includes them.
 */
import type { Lang } from './locale';
import { choices, side, type Isolate, type Pair } from './errorWords';

type Rule = readonly [RegExp, (m: RegExpExecArray, lang: Lang, q: Isolate) => Pair];

export const COUNTRY_RULES: readonly Rule[] = [
  [
    /^schemaVersion 1 or 2$/,
    () => [
      '"schemaVersion": 2 (or 1, the earlier format)',
      '"schemaVersion": 2 (أو 1، الصيغة السابقة)',
    ],
  ],
  [
    /^a country not listed before \(already at (.*)\)$/,
    (m, _l, q) => [
      `a country not listed before (it is already at ${q(m[1]!)})`,
      `دولة لم تُذكر من قبل (مذكورة في ${q(m[1]!)})`,
    ],
  ],
  [
    /^the guest country (".*")$/,
    (m, _l, q) => [`the guest country ${q(m[1]!)}`, `دولة الوفد الزائر ${q(m[1]!)}`],
  ],
  [
    /^a country on the (host|other) side: (.*)$/,
    (m, _l, q) => [
      `a country on ${side(m[1]!, 'en')}: ${choices(m[2]!, 'en', q)}`,
      `دولة من ${side(m[1]!, 'ar')}: ${choices(m[2]!, 'ar', q)}`,
    ],
  ],
  [
    /^a country listed in "others" \(the visit lists none\)$/,
    () => [
      'a country listed in "others" (the visit lists none there)',
      'دولة مذكورة في "others" (لا تذكر الزيارة فيها أي دولة)',
    ],
  ],
  [
    /^a country: the (host|other) side lists none in "(hosts|others)"$/,
    (m) => [
      `a country: ${side(m[1]!, 'en')} lists none in "${m[2]}"`,
      `دولة: لا تُذكر أي دولة من ${side(m[1]!, 'ar')} في "${m[2]}"`,
    ],
  ],
  [
    /^a country: the visit has several (guest|host|other) countries \((.*)\)$/,
    (m, _l, q) => [
      `a "country": the visit has several countries on ${side(m[1]!, 'en')} (${q(m[2]!)}), so nothing says which`,
      `حقل "country": للزيارة أكثر من دولة في ${side(m[1]!, 'ar')} (${q(m[2]!)})، فلا يُعرف أيّها`,
    ],
  ],
  [
    /^no country: an international body belongs to none$/,
    () => [
      'no country: an international body belongs to none',
      'لا دولة: الهيئة الدولية لا تتبع دولة',
    ],
  ],
  [
    /^("[A-Z]{2}"), the country of its parent organization (".*")$/,
    (m, _l, q) => [
      `${q(m[1]!)}, the country of its parent organization ${q(m[2]!)}`,
      `${q(m[1]!)}، دولة الجهة الأم ${q(m[2]!)}`,
    ],
  ],
  [
    /^("[A-Z]{2}"), the country of the person's organization (".*")$/,
    (m, _l, q) => [
      `${q(m[1]!)}, the country of the person's organization ${q(m[2]!)}`,
      `${q(m[1]!)}، دولة الجهة التي يتبعها الشخص ${q(m[2]!)}`,
    ],
  ],
  [
    /^one of the visit's host or other countries: (.*)$/,
    (m, _l, q) => [
      `one of the visit's host or other countries: ${choices(m[1]!, 'en', q)}`,
      `إحدى الدول المضيفة أو الأخرى في الزيارة: ${choices(m[1]!, 'ar', q)}`,
    ],
  ],
  [
    /^a place in ("[A-Z]{2}"), the leg's country$/,
    (m, _l, q) => [
      `a place in ${q(m[1]!)}, the country of this leg`,
      `مكان في ${q(m[1]!)}، دولة هذه المرحلة`,
    ],
  ],
  [
    /^a name, or an organization that describes the person with their title$/,
    () => [
      'a name, or an "organization" that, with the title, says who the person is',
      'اسم، أو جهة ("organization") تبيّن مع المنصب من هو الشخص',
    ],
  ],
  [
    /^a latest day after the earliest (".*")$/,
    (m, _l, q) => [
      `a latest day after the earliest, ${q(m[1]!)} (a day known exactly is "precision": "day")`,
      `آخر يوم بعد أول يوم ${q(m[1]!)} (اليوم المعروف بعينه تاريخه "precision": "day")`,
    ],
  ],
  [
    /^an array of countries$/,
    () => [
      'a list of countries, e.g. [{"code": "KR", "name": {"en": "…"}}]',
      'قائمة دول، مثل [{"code": "KR", "name": {"ar": "…"}}]',
    ],
  ],
  [/^at least 1 country$/, () => ['at least one country', 'دولة واحدة على الأقل']],
];
