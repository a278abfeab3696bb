/**
 * What the format expects, in words for people: each rule reads the gate's English "expected …"
 * (errors.ts) and gives it in English and in Arabic. Part of errorMessages.ts.
 */
import type { ValidationError } from '../model/errors';
import type { Lang } from './locale';
import { SYNTAX } from './errorSyntax';
import { COUNTRY_RULES } from './errorCountries';
import { COLLECTIONS, choices, pick, side, type Isolate, type Pair } from './errorWords';

type Rule = readonly [RegExp, (m: RegExpExecArray, lang: Lang, q: Isolate) => Pair];

/** "expected …" of the gate → [English, Arabic], without the word "expected". */
const EXPECTED: readonly Rule[] = [
  [/^a non-empty string$/, () => ['a text that is not empty', 'نص غير فارغ']],
  [
    /^text in at least one language$/,
    () => [
      'a text in at least one language, e.g. {"ar": "…"}',
      'نص بلغة واحدة على الأقل، مثل {"ar": "…"}',
    ],
  ],
  [
    /^multilingual text(, e\.g\. .*)?$/,
    () => [
      'a text in one or more languages, e.g. {"ar": "…", "en": "…"}',
      'نص بلغة أو أكثر، مثل {"ar": "…", "en": "…"}',
    ],
  ],
  [/^no such field$/, () => ['no such field here', 'لا يوجد حقل بهذا الاسم هنا']],
  [
    /^a required field "(.*)"$/,
    (m, _l, q) => [`the required field ${q(`"${m[1]}"`)}`, `الحقل المطلوب ${q(`"${m[1]}"`)}`],
  ],
  [/^a required value$/, () => ['a value here', 'قيمة هنا']],
  [
    /^the id of one of the (\w+)$/,
    (m) => {
      const c = COLLECTIONS[m[1]!] ?? [m[1]!, m[1]!];
      return [`the id of one of the ${c[0]}`, `معرّف واحد من ${c[1]}`];
    },
  ],
  [
    /^an id not used before \(already used at (.*)\)$/,
    (m, _l, q) => [
      `an id not used before (it is already used at ${q(m[1]!)})`,
      `معرّف لم يُستعمل من قبل (مستعمل في ${q(m[1]!)})`,
    ],
  ],
  [
    /^a person on the (guest|host|other) side$/,
    (m) => [`a person on ${side(m[1]!, 'en')}`, `شخص من ${side(m[1]!, 'ar')}`],
  ],
  [
    /^an organization on the (guest|host|other) side, as this person is$/,
    (m) => [
      `an organization on ${side(m[1]!, 'en')}, as this person is`,
      `جهة من ${side(m[1]!, 'ar')}، كهذا الشخص`,
    ],
  ],
  [
    /^a parent organization on the (guest|host|other) side, as this one is$/,
    (m) => [
      `a parent organization on ${side(m[1]!, 'en')}, as this one is`,
      `جهة أم من ${side(m[1]!, 'ar')}، كهذه الجهة`,
    ],
  ],
  [
    /^a tree \(no parent chain may loop back\)$/,
    () => [
      'a tree: no chain of "parent" may lead back to where it started',
      'شجرة: لا تعود سلسلة "parent" إلى حيث بدأت',
    ],
  ],
  [
    /^a tree at most (\d+) levels deep$/,
    (m) => [`a tree at most ${m[1]} levels deep`, `شجرة لا يزيد عمقها على ${m[1]} مستوى`],
  ],
  [
    /^a date that exists in the calendar$/,
    () => ['a date that exists in the calendar', 'تاريخ موجود في التقويم'],
  ],
  [
    /^a known IANA time zone$/,
    () => [
      'a known IANA time zone, such as "Asia/Seoul"',
      'منطقة زمنية معروفة من قائمة IANA، مثل "Asia/Seoul"',
    ],
  ],
  [
    /^an IANA time zone$/,
    () => ['an IANA time zone, such as "Asia/Seoul"', 'منطقة زمنية من IANA، مثل "Asia/Seoul"'],
  ],
  [
    /^an end not before the start (.*)$/,
    (m, _l, q) => [
      `an end that is not before the start, ${q(m[1]!)}`,
      `نهاية لا تسبق البداية ${q(m[1]!)}`,
    ],
  ],
  [
    /^a date with "precision": (.*)$/,
    (m, lang, q) => [
      `a date with "precision": ${choices(m[1]!, 'en', q)}`,
      `تاريخ فيه "precision" إحدى القيم ${choices(m[1]!, 'ar', q)}`,
    ],
  ],
  [/^a day "YYYY-MM-DD"$/, () => ['a day written "YYYY-MM-DD"', 'يوم بالصيغة "YYYY-MM-DD"']],
  [/^a month "YYYY-MM"$/, () => ['a month written "YYYY-MM"', 'شهر بالصيغة "YYYY-MM"']],
  [/^a year "YYYY"$/, () => ['a year written "YYYY"', 'سنة بالصيغة "YYYY"']],
  [
    /^a local time "YYYY-MM-DDTHH:mm"$/,
    () => ['a local time written "YYYY-MM-DDTHH:mm"', 'وقت محلي بالصيغة "YYYY-MM-DDTHH:mm"'],
  ],
  [/^schemaVersion 1$/, () => ['"schemaVersion": 1', '"schemaVersion": 1']],
  // Countries and the other records of format version 2 (errorCountries.ts).
  ...COUNTRY_RULES,
  [/^an id \(string\)$/, () => ['an id, written as a text', 'معرّف مكتوب نصًّا']],
  [
    /^an id of at most (\d+) characters$/,
    (m) => [`an id of at most ${m[1]} characters`, `معرّف لا يزيد على ${m[1]} حرفًا`],
  ],
  [
    /^an id of letters, digits, .*$/,
    () => [
      'an id of Latin letters, digits, "_", "-", "." or ":", starting with a letter or digit',
      'معرّف من حروف لاتينية وأرقام و"_" و"-" و"." و":"، يبدأ بحرف أو رقم',
    ],
  ],
  [
    /^an array of ids$/,
    () => ['a list of ids, e.g. ["id-1", "id-2"]', 'قائمة معرّفات، مثل ["id-1", "id-2"]'],
  ],
  [/^an array$/, () => ['a list [ … ]', 'قائمة [ … ]']],
  [/^an object$/, () => ['an object { … }', 'كائن { … }']],
  [/^a visit object \{…\}$/, () => ['a visit: an object { … }', 'زيارة: كائن { … }']],
  [/^a string$/, () => ['a text in quotes', 'نص بين علامتي تنصيص']],
  [/^a number$/, () => ['a number', 'رقم']],
  [/^a whole number$/, () => ['a whole number', 'عدد صحيح']],
  [/^a finite number$/, () => ['a finite number', 'رقم محدود']],
  [/^true or false$/, () => ['true or false', 'true أو false']],
  [
    /^a number of at least (-?[\d.]+)$/,
    (m) => [`a number of at least ${m[1]}`, `رقم لا يقل عن ${m[1]}`],
  ],
  [
    /^a number of at most (-?[\d.]+)$/,
    (m) => [`a number of at most ${m[1]}`, `رقم لا يزيد على ${m[1]}`],
  ],
  [
    /^at most (\d+) (characters|items|ids)$/,
    (m) => {
      const ar = { characters: 'حرفًا', items: 'عنصرًا', ids: 'معرّفًا' }[m[2]!] ?? m[2]!;
      return [`at most ${m[1]} ${m[2]}`, `${m[1]} ${ar} على الأكثر`];
    },
  ],
  [
    /^at least (\d+) (characters|items)$/,
    (m) => {
      const ar = m[2] === 'characters' ? 'حرفًا' : 'عنصرًا';
      return [`at least ${m[1]} ${m[2]}`, `${m[1]} ${ar} على الأقل`];
    },
  ],
  [
    /^a language code( such as .*)?$/,
    () => ['a language code such as "ar", "en" or "ko"', 'رمز لغة مثل "ar" أو "en" أو "ko"'],
  ],
  [
    /^text matching .*$/,
    () => ['a language code such as "ar" or "en"', 'رمز لغة مثل "ar" أو "en"'],
  ],
  [
    /^an ISO country code( such as "AE")?$/,
    () => [
      'a country code of two capital letters, such as "AE"',
      'رمز دولة من حرفين لاتينيين كبيرين، مثل "AE"',
    ],
  ],
  [
    /^an (organization|event|engagement) kind such as .*$/,
    (m) => [
      `one of the ${m[1]} kinds of the format`,
      m[1] === 'event'
        ? 'أحد أنواع الأحداث في الصيغة'
        : m[1] === 'engagement'
          ? 'أحد أنواع اللقاءات في الصيغة'
          : 'أحد أنواع الجهات في الصيغة',
    ],
  ],
  [
    /^(".*")$/,
    (m, _l, q) => [`one of ${choices(m[1]!, 'en', q)}`, `إحدى القيم ${choices(m[1]!, 'ar', q)}`],
  ],
  [
    /^an http\(s\) URL$/,
    (_m, _l, q) => [
      `a web address starting with ${q('https://')} or ${q('http://')}`,
      `عنوان ويب يبدأ بـ ${q('https://')} أو ${q('http://')}`,
    ],
  ],
  [
    /^a URL that parses, .*$/,
    (_m, _l, q) => [
      `a web address that can be read, such as ${q('"https://example.org/article"')}`,
      `عنوان ويب صالح، مثل ${q('"https://example.org/article"')}`,
    ],
  ],
  [
    /^a URL without a user name or password$/,
    () => [
      'a web address without a user name or password',
      'عنوان ويب بلا اسم مستخدم أو كلمة مرور',
    ],
  ],
  [
    /^a URL without spaces, .*$/,
    () => [
      'a web address without spaces or invisible characters (write them %-encoded)',
      'عنوان ويب بلا مسافات أو محارف خفية (اكتبها بترميز %)',
    ],
  ],
  [
    /^text on one line, .*$/,
    () => [
      'a text on one line, without tabs or control characters',
      'نص في سطر واحد، بلا علامات جدولة أو محارف تحكّم',
    ],
  ],
  [
    /^text without tabs, .*$/,
    () => [
      'a text without tabs or control characters (a line feed may separate paragraphs)',
      'نص بلا علامات جدولة أو محارف تحكّم (يجوز فصل الفقرات بسطر جديد)',
    ],
  ],
  [
    /^a file of at most (\d+) MB$/,
    (m) => [`a file of at most ${m[1]} MB`, `ملف لا يزيد على ${m[1]} ميغابايت`],
  ],
  [
    /^UTF-8 text( \(save the file as UTF-8\))?$/,
    (m) => [
      m[1] ? 'UTF-8 text (save the file as UTF-8)' : 'UTF-8 text',
      m[1] ? 'نص بترميز UTF-8 (احفظ الملف بترميز UTF-8)' : 'نص بترميز UTF-8',
    ],
  ],
  [
    /^a visit: a JSON object starting with \{$/,
    () => ['a visit: a JSON object starting with {', 'زيارة: كائن JSON يبدأ بـ {'],
  ],
  [/^valid JSON$/, () => ['valid JSON', 'نص JSON صحيح']],
  [/^the file to exist \(HTTP 200\)$/, () => ['a file at this address', 'ملف على هذا العنوان']],
  [
    /^a reachable file .*$/,
    () => [
      'a file that can be reached (on this site, or served with CORS)',
      'ملف يمكن الوصول إليه (على هذا الموقع، أو من خادم يسمح بذلك CORS)',
    ],
  ],
  [/^a readable file$/, () => ['a file that can be read', 'ملف يمكن قراءته']],
  [/^the whole file$/, () => ['the whole file', 'الملف كاملًا']],
  [
    /^the whole file within (.*)$/,
    (m) => [`the whole file within ${m[1]}`, `الملف كاملًا خلال ${m[1]}`],
  ],
  [
    /^the server to keep sending the file$/,
    () => ['the server to keep sending the file', 'أن يواصل الخادم إرسال الملف'],
  ],
  [
    /^a visit (that loads|the validator can read|Ziyara can draw)$/,
    (m) =>
      m[1] === 'Ziyara can draw'
        ? ['a visit Ziyara can draw', 'زيارة يستطيع «زيارة» رسمها']
        : ['a visit that can be read', 'زيارة يمكن قراءتها'],
  ],
];

export function expectedOf(e: ValidationError, lang: Lang, q: Isolate): string {
  const syntax = e.kind === 'json' && e.syntax ? SYNTAX[e.syntax] : undefined;
  if (syntax) return pick(syntax, lang);
  // A time the calendar has, but not the clock: say so rather than "a date in the calendar".
  const clock = e.kind === 'invalid-date' ? /T(\d\d):(\d\d)/.exec(e.found) : null;
  if (clock && (Number(clock[1]) > 23 || Number(clock[2]) > 59)) {
    return pick(['a time of day from 00:00 to 23:59', 'وقت من اليوم بين 00:00 و23:59'], lang);
  }
  const text = e.expected.replace(/^expected /, '');
  for (const [re, words] of EXPECTED) {
    const m = re.exec(text);
    if (m) return pick(words(m, lang, q), lang);
  }
  return q(text);
}
