/**
 * The gate's errors in words for people, in Arabic and in English: what the format expects here,
 * what the file has, a hint (the nearest id, value or field; where a field belongs) and the
 * section of docs/data-format.md that explains it. The page (ErrorList.svelte) and the CLI
 * (scripts/validate.ts) both word errors through `describeError`, so they say the same thing.
 *
 * Each rule reads the gate's English "expected …" (errors.ts: the gate speaks one vocabulary) and
 * gives both languages. Values from the file are quoted as JSON and isolated (FSI … PDI), so an
 * Arabic name inside an English sentence, or an id inside an Arabic one, keeps its order and
 * cannot reorder the sentence around it. What no rule knows is shown as the gate wrote it, isolated.
 */
import { parsePath, type ValidationError } from '../model/errors';
import type { Lang } from './locale';

export interface ErrorMessage {
  /** "line 12, column 5" / "السطر 12، العمود 5"; empty when the error has no place in the text. */
  where: string;
  expected: string;
  found: string;
  /** "Did you mean …?" and where a misplaced field belongs; empty when there is none. */
  hints: string[];
  /** The section of docs/data-format.md (its anchor, without `#`). */
  docs: string;
}

/** The documentation of the format, from the repository's root. */
export const DOCS_PATH = 'docs/data-format.md';

type Pair = readonly [en: string, ar: string];
type Isolate = (s: string) => string;

const FSI = '\u2068';
const PDI = '\u2069';

const SIDES: Record<string, Pair> = {
  guest: ['the guest side', 'جانب الوفد الزائر'],
  host: ['the host side', 'الجانب المضيف'],
};
const side = (s: string, lang: Lang) => (SIDES[s] ?? [`"${s}"`, `"${s}"`])[lang === 'en' ? 0 : 1];

const COLLECTIONS: Record<string, Pair> = {
  places: ['places', 'الأماكن (places)'],
  sources: ['sources', 'المصادر (sources)'],
  organizations: ['organizations', 'الجهات (organizations)'],
  people: ['people', 'الأشخاص (people)'],
  topics: ['topics', 'الموضوعات (topics)'],
  meetings: ['meetings', 'الاجتماعات (meetings)'],
  events: ['events', 'الأحداث (events)'],
  figures: ['figures', 'الأرقام (figures)'],
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** A list of quoted choices, `"a", "b" or "c"`, in either language. */
function choices(list: string, lang: Lang, q: Isolate): string {
  const items = [...list.matchAll(/"([^"]*)"/g)].map((m) => q(`"${m[1]}"`));
  if (items.length <= 1) return items.join('');
  const last = items.pop()!;
  return lang === 'en' ? `${items.join(', ')} or ${last}` : `${items.join('، ')} أو ${last}`;
}

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
    /^a person on the (guest|host) side$/,
    (m) => [`a person on ${side(m[1]!, 'en')}`, `شخص من ${side(m[1]!, 'ar')}`],
  ],
  [
    /^an organization on the (guest|host) side, as this person is$/,
    (m) => [
      `an organization on ${side(m[1]!, 'en')}, as this person is`,
      `جهة من ${side(m[1]!, 'ar')}، كهذا الشخص`,
    ],
  ],
  [
    /^a parent organization on the (guest|host) side, as this one is$/,
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
    /^an (organization|event) kind such as .*$/,
    (m) => [
      `one of the ${m[1]} kinds of the format`,
      m[1] === 'event' ? 'أحد أنواع الأحداث في الصيغة' : 'أحد أنواع الجهات في الصيغة',
    ],
  ],
  [
    /^(".*")$/,
    (m, _l, q) => [`one of ${choices(m[1]!, 'en', q)}`, `إحدى القيم ${choices(m[1]!, 'ar', q)}`],
  ],
  [
    /^an http\(s\) URL$/,
    () => [
      'a web address starting with https:// or http://',
      'عنوان ويب يبدأ بـ https:// أو http://',
    ],
  ],
  [
    /^a URL that parses, .*$/,
    () => [
      'a web address that can be read, such as "https://example.org/article"',
      'عنوان ويب صالح، مثل "https://example.org/article"',
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

/** jsonc-parser's codes (positions.ts) → what the JSON needed there. */
const SYNTAX: Record<string, Pair> = {
  InvalidSymbol: [
    'valid JSON: a value here ("text", a number, true, false, null, { … } or [ … ])',
    'نص JSON صحيح: قيمة هنا ("نص" أو رقم أو true أو false أو null أو { … } أو [ … ])',
  ],
  InvalidNumberFormat: [
    'valid JSON: a number written as in JSON, such as 12 or 3.5',
    'نص JSON صحيح: رقم مكتوب كما في JSON، مثل 12 أو 3.5',
  ],
  PropertyNameExpected: [
    'valid JSON: a field name in double quotes, such as "title"',
    'نص JSON صحيح: اسم حقل بين علامتي تنصيص مزدوجتين، مثل "title"',
  ],
  ValueExpected: [
    'valid JSON: a value after the colon or comma',
    'نص JSON صحيح: قيمة بعد النقطتين أو الفاصلة',
  ],
  ColonExpected: [
    'valid JSON: a colon ":" after the field name',
    'نص JSON صحيح: نقطتان ":" بعد اسم الحقل',
  ],
  CommaExpected: [
    'valid JSON: a comma "," between two fields or items',
    'نص JSON صحيح: فاصلة "," بين حقلين أو عنصرين',
  ],
  CloseBraceExpected: [
    'valid JSON: "}" to close the object, or a comma before the next field',
    'نص JSON صحيح: "}" لإغلاق الكائن، أو فاصلة قبل الحقل التالي',
  ],
  CloseBracketExpected: [
    'valid JSON: "]" to close the list, or a comma before the next item',
    'نص JSON صحيح: "]" لإغلاق القائمة، أو فاصلة قبل العنصر التالي',
  ],
  EndOfFileExpected: [
    'valid JSON: the end of the file after the visit\'s closing "}"',
    'نص JSON صحيح: نهاية الملف بعد "}" التي تُغلق الزيارة',
  ],
  InvalidCommentToken: [
    'valid JSON, which has no comments (put notes in a "note" field)',
    'نص JSON صحيح، ولا تعليقات فيه (ضع الملاحظات في حقل "note")',
  ],
  UnexpectedEndOfComment: ['valid JSON, which has no comments', 'نص JSON صحيح، ولا تعليقات فيه'],
  UnexpectedEndOfString: [
    'valid JSON: a closing double quote " for this text',
    'نص JSON صحيح: علامة تنصيص " تُغلق هذا النص',
  ],
  UnexpectedEndOfNumber: [
    'valid JSON: digits to finish the number',
    'نص JSON صحيح: أرقام تُكمل العدد',
  ],
  InvalidUnicode: [
    'valid JSON: an escape \\uXXXX with four hexadecimal digits',
    'نص JSON صحيح: رمز هروب \\uXXXX بأربعة أرقام ست عشرية',
  ],
  InvalidEscapeCharacter: [
    'valid JSON: an escape it knows (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
    'نص JSON صحيح: رمز هروب يعرفه (\\" \\\\ \\/ \\b \\f \\n \\r \\t أو \\uXXXX)',
  ],
  InvalidCharacter: [
    'valid JSON: no tab or line break inside a text (write \\t or \\n)',
    'نص JSON صحيح: لا علامة جدولة ولا سطر جديد داخل نص (اكتب \\t أو \\n)',
  ],
};

const pick = (pair: Pair, lang: Lang) => (lang === 'en' ? pair[0] : pair[1]);

function expectedOf(e: ValidationError, lang: Lang, q: Isolate): string {
  const syntax = e.kind === 'json' && e.syntax ? SYNTAX[e.syntax] : undefined;
  if (syntax) return pick(syntax, lang);
  const text = e.expected.replace(/^expected /, '');
  for (const [re, words] of EXPECTED) {
    const m = re.exec(text);
    if (m) return pick(words(m, lang, q), lang);
  }
  return q(text);
}

const isQuoted = (s: string) => /^".*"$/s.test(s);
/** The string a quoted preview stands for (a cut one ends in "…"). */
const unquote = (s: string): string => {
  try {
    return JSON.parse(s.replace(/…"$/, '"')) as string;
  } catch {
    return s.slice(1, -1);
  }
};

/** Why a written date is not in the calendar, in words; null when it does not say. */
function whyNotADate(value: string, lang: Lang): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (h !== undefined && Number(h) > 23) {
    return lang === 'en'
      ? `hour ${h}, which does not exist: a day's hours run from 00 to 23 (write 00:00 of the next day)`
      : `الساعة ${h}، وهي غير موجودة: ساعات اليوم من 00 إلى 23 (اكتب 00:00 من اليوم التالي)`;
  }
  if (mi !== undefined && Number(mi) > 59) {
    return lang === 'en' ? `minute ${mi}, which does not exist` : `الدقيقة ${mi}، وهي غير موجودة`;
  }
  if (s !== undefined && Number(s) > 59) {
    return lang === 'en' ? `second ${s}, which does not exist` : `الثانية ${s}، وهي غير موجودة`;
  }
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) {
    return lang === 'en'
      ? `month ${mo}, which does not exist (months run from 01 to 12)`
      : `الشهر ${mo}، وهو غير موجود (الأشهر من 01 إلى 12)`;
  }
  if (mo !== undefined && d !== undefined) {
    const days = new Date(Date.UTC(2000, Number(mo), 0)).getUTCDate();
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const inMonth = Number(mo) === 2 ? (leap ? 29 : 28) : days;
    const name = (lang === 'en' ? MONTHS_EN : MONTHS_AR)[Number(mo) - 1]!;
    if (Number(d) < 1) {
      return lang === 'en' ? `day ${d}, which does not exist` : `اليوم ${d}، وهو غير موجود`;
    }
    if (Number(d) > inMonth) {
      if (Number(mo) === 2 && Number(d) === 29) {
        return lang === 'en'
          ? `29 February ${y}, but ${y} is not a leap year`
          : `29 فبراير ${y}، لكن ${y} ليست سنة كبيسة`;
      }
      return lang === 'en'
        ? `day ${d} of ${name} ${y}, which does not exist (${name} has ${inMonth} days)`
        : `اليوم ${d} من ${name} ${y}، وهو غير موجود (في ${name} ${inMonth} يومًا)`;
    }
  }
  return null;
}

const UTF8_REASONS: readonly [RegExp, (m: RegExpExecArray) => Pair][] = [
  [
    /^byte (\w\w) continues a character that never started$/,
    (m) => [
      `byte ${m[1]} continues a character that never started`,
      `البايت ${m[1]} يُكمل حرفًا لم يبدأ`,
    ],
  ],
  [
    /^byte (\w\w) starts an overlong encoding$/,
    (m) => [
      `byte ${m[1]} starts an overlong encoding`,
      `البايت ${m[1]} يبدأ ترميزًا أطول من اللازم`,
    ],
  ],
  [
    /^byte (\w\w) is never used in UTF-8$/,
    (m) => [`byte ${m[1]} is never used in UTF-8`, `البايت ${m[1]}، ولا يُستعمل في UTF-8 أبدًا`],
  ],
  [
    /^the file ends inside a character \((.*) is cut short\)$/,
    (m) => [
      `the file ends inside a character (${m[1]} is cut short)`,
      `ينتهي الملف في منتصف حرف (${m[1]} ناقص)`,
    ],
  ],
  [
    /^(.*) is (an encoded UTF-16 surrogate|an overlong encoding|a code point past U\+10FFFF|an incomplete character)$/,
    (m) => {
      const ar = {
        'an encoded UTF-16 surrogate': 'نصف زوج UTF-16 مرمّز',
        'an overlong encoding': 'ترميز أطول من اللازم',
        'a code point past U+10FFFF': 'رمز بعد U+10FFFF',
        'an incomplete character': 'حرف ناقص',
      }[m[2]!];
      return [`${m[1]} is ${m[2]}`, `${m[1]}: ${ar ?? m[2]}`];
    },
  ],
];

function foundOf(e: ValidationError, lang: Lang, q: Isolate): string {
  const en = lang === 'en';
  const f = e.found;
  const expected = e.expected.replace(/^expected /, '');
  let m: RegExpExecArray | null;
  if (e.kind === 'json' && e.syntax && e.at) {
    const last = e.at.excerpt[e.at.excerpt.length - 1];
    // The token the parser stopped at: its first word, at most 20 characters.
    const marked = last ? last.text.substr(e.at.mark.start, e.at.mark.length) : '';
    const bit = (/^(\/\/|\/\*|[^\s]{1,20})/.exec(marked)?.[1] ?? '').trim();
    if (e.syntax === 'UnexpectedEndOfString' || bit === '') {
      return en ? 'the end of the file or of the line' : 'نهاية الملف أو السطر';
    }
    return en ? `${q(bit)} here` : `${q(bit)} في هذا الموضع`;
  }
  if (e.kind === 'unknown-key' && (m = /^field (".*")$/.exec(f))) {
    return en ? `a field ${q(m[1]!)}` : `الحقل ${q(m[1]!)}`;
  }
  if (f === '""') return en ? 'an empty text ""' : 'نص فارغ ""';
  if (e.kind === 'invalid-date' && isQuoted(f)) {
    const why = whyNotADate(unquote(f), lang);
    if (why) return `${q(f)}: ${why}`;
  }
  if (isQuoted(f)) return q(f);
  if (f === 'nothing') return en ? 'nothing: the field is missing' : 'لا شيء: الحقل غير موجود';
  if (f === 'null') return 'null';
  if (f === 'an object') {
    return /at least one language/.test(expected)
      ? en
        ? 'a text with no language in it, {}'
        : 'نص بلا أي لغة، {}'
      : en
        ? 'an object { … }'
        : 'كائن { … }';
  }
  if (f === 'an empty array') return en ? 'an empty list []' : 'قائمة فارغة []';
  if ((m = /^an array of (\d+) items?$/.exec(f))) {
    return en ? `a list of ${m[1]} item${m[1] === '1' ? '' : 's'}` : `قائمة عدد عناصرها ${m[1]}`;
  }
  if ((m = /^(\d+) (characters|items)$/.exec(f))) {
    if (en) return f;
    return m[2] === 'characters' ? `نص عدد حروفه ${m[1]}` : `قائمة عدد عناصرها ${m[1]}`;
  }
  if ((m = /^(".*") \(side "(guest|host)"\)$/.exec(f))) {
    return en
      ? `${q(m[1]!)}, which is on ${side(m[2]!, 'en')}`
      : `${q(m[1]!)}، وهو من ${side(m[2]!, 'ar')}`;
  }
  if ((m = /^the loop (.*)$/.exec(f))) return en ? `the loop ${q(m[1]!)}` : `الحلقة ${q(m[1]!)}`;
  if ((m = /^a loop of (\d+): (.*)$/.exec(f))) {
    return en ? `a loop of ${m[1]}: ${q(m[2]!)}` : `حلقة من ${m[1]} عنصرًا: ${q(m[2]!)}`;
  }
  if ((m = /^(\d+) levels: (.*)$/.exec(f))) {
    return en ? `${m[1]} levels: ${q(m[2]!)}` : `عمقها ${m[1]} مستوى: ${q(m[2]!)}`;
  }
  if ((m = /^(U\+[0-9A-F]+) at character (\d+) of (".*")$/.exec(f))) {
    return en
      ? `the character ${m[1]} at character ${m[2]} of ${q(m[3]!)}`
      : `المحرف ${m[1]} في الموضع ${m[2]} من ${q(m[3]!)}`;
  }
  if (
    (m = /^(UTF-(?:16|32) [LB]E) text \(it starts with the byte-order mark ([0-9A-F ]+)\)$/.exec(f))
  ) {
    return en
      ? `${m[1]} text (it starts with the byte-order mark ${m[2]})`
      : `نص بترميز ${m[1]} (يبدأ بعلامة ترتيب البايتات ${m[2]})`;
  }
  if ((m = /^(UTF-(?:16|32) [LB]E) text \(no byte-order mark; .*\)$/.exec(f))) {
    return en
      ? `${m[1]} text (NUL bytes between the characters)`
      : `نص بترميز ${m[1]} (بايتات NUL بين الحروف)`;
  }
  if ((m = /^(.*), at byte ([\d,]+) \(line ([\d,]+), column ([\d,]+)\)$/.exec(f))) {
    const reason = UTF8_REASONS.map(([re, words]) => {
      const r = re.exec(m![1]!);
      return r ? pick(words(r), lang) : null;
    }).find((x) => x !== null);
    const why = reason ?? q(m[1]!);
    return en
      ? `${why}, at byte ${m[2]} (line ${m[3]}, column ${m[4]})`
      : `${why}، عند البايت ${m[2]} (السطر ${m[3]}، العمود ${m[4]})`;
  }
  if ((m = /^an empty file \((\d+) bytes\)$/.exec(f)))
    return en ? 'an empty file (0 bytes)' : 'ملف فارغ (0 بايت)';
  if ((m = /^only white space \(([\d,]+) bytes\)$/.exec(f))) {
    return en ? `only white space (${m[1]} bytes)` : `مسافات فقط (${m[1]} بايت)`;
  }
  if ((m = /^(at least |more than )?([\d.]+) MB$/.exec(f))) {
    const pre =
      m[1] === undefined
        ? ['', '']
        : m[1] === 'at least '
          ? ['at least ', 'ما لا يقل عن ']
          : ['more than ', 'أكثر من '];
    return en ? `${pre[0]}${m[2]} MB` : `${pre[1]}${m[2]} ميغابايت`;
  }
  if (/^(true|false|-?\d[\d.e+-]*)$/.test(f)) return q(f);
  return q(f);
}

/** The docs section (anchor of docs/data-format.md) that explains an error. */
export function docsSection(e: ValidationError): string {
  switch (e.kind) {
    case 'json':
    case 'control-char':
      return 'conventions-used-throughout';
    case 'too-large':
    case 'too-long':
    case 'too-many':
    case 'too-deep':
      return 'limits';
    case 'dangling-ref':
    case 'duplicate-id':
      return 'references';
  }
  if (/(^dates|\.date)(\.|$)/.test(e.path)) return 'dates';
  if (/\.provenance\[/.test(e.path)) return 'provenance';
  if (/non-empty string|language|multilingual/.test(e.expected))
    return 'conventions-used-throughout';
  const top = /^([a-z]+)\[/.exec(e.path)?.[1];
  if (top && top in COLLECTIONS) return top;
  return 'top-level-fields';
}

/** Where a misplaced field belongs: `date:time` → a date with "precision": "time"; else a path. */
function home(where: string, lang: Lang, q: Isolate): string {
  const m = /^date:(\w+)$/.exec(where);
  if (m) {
    return lang === 'en'
      ? `a date with "precision": ${q(`"${m[1]}"`)}`
      : `تاريخ فيه "precision" هي ${q(`"${m[1]}"`)}`;
  }
  return q(where);
}

function hintsOf(e: ValidationError, lang: Lang, q: Isolate): string[] {
  const en = lang === 'en';
  const out: string[] = [];
  if (e.suggestion !== undefined) {
    const s = q(JSON.stringify(e.suggestion));
    out.push(en ? `Did you mean ${s}?` : `هل تقصد ${s}؟`);
  }
  if (e.belongs && e.belongs.length > 0 && e.suggestion === undefined) {
    const field = q(JSON.stringify(String(parsePath(e.path).pop() ?? '')));
    const list = e.belongs.map((w) => home(w, lang, q)).join(en ? '; ' : '؛ ');
    out.push(
      en
        ? `${field} is a field of ${list}, not of this object.`
        : `الحقل ${field} من حقول ${list}، لا من حقول هذا الكائن.`,
    );
  }
  return out;
}

/** `line 12, column 5` in `lang`, or "" for an error with no place in the text. */
export function whereOf(e: ValidationError, lang: Lang): string {
  if (!e.at) return '';
  return lang === 'en'
    ? `line ${e.at.line}, column ${e.at.column}`
    : `السطر ${e.at.line}، العمود ${e.at.column}`;
}

/**
 * `e` in words in `lang`. `isolate`: wrap each value from the file in FSI … PDI (the page);
 * false for a terminal, which shows the text in the order it is written.
 */
export function describeError(e: ValidationError, lang: Lang, isolate = true): ErrorMessage {
  const q: Isolate = isolate ? (s) => `${FSI}${s}${PDI}` : (s) => s;
  return {
    where: whereOf(e, lang),
    expected: expectedOf(e, lang, q),
    found: foundOf(e, lang, q),
    hints: hintsOf(e, lang, q),
    docs: docsSection(e),
  };
}

/** "and 12 more" under a list cut at `shown` of `total` (`capped`: the gate stopped counting). */
export function moreErrors(total: number, shown: number, capped: boolean, lang: Lang): string {
  const n = total - shown;
  if (lang === 'en') return capped ? `and at least ${n} more` : `and ${n} more`;
  return capped ? `و${n} أخطاء أخرى على الأقل` : `و${n} أخطاء أخرى`;
}

/**
 * One error for a terminal: the path and place, what was expected and found, the excerpt with
 * carets under the mistake, the hints and the docs section. Lines are indented by `indent`.
 */
export function formatErrorText(e: ValidationError, lang: Lang, indent = '  '): string[] {
  const d = describeError(e, lang, false);
  const en = lang === 'en';
  const head = !d.where ? e.path : e.path === '(root)' ? d.where : `${e.path} (${d.where})`;
  const lines = [
    en
      ? `${indent}${head}: expected ${d.expected}, found ${d.found}`
      : `${indent}${head}: المتوقَّع: ${d.expected}؛ الموجود: ${d.found}`,
  ];
  if (e.at) {
    const width = String(e.at.excerpt[e.at.excerpt.length - 1]?.line ?? 0).length;
    for (const l of e.at.excerpt)
      lines.push(`${indent}  ${String(l.line).padStart(width)} | ${l.text}`);
    lines.push(
      `${indent}  ${' '.repeat(width)} | ${' '.repeat(e.at.mark.start)}${'^'.repeat(Math.min(e.at.mark.length, 60))}`,
    );
  }
  for (const h of d.hints) lines.push(`${indent}  ${h}`);
  // A mistake in the file's content links to its section; a file that cannot be read says all.
  if (e.at) lines.push(`${indent}  ${en ? 'see' : 'انظر'} ${DOCS_PATH}#${d.docs}`);
  return lines;
}
