/**
 * What the file has, in words for people: the gate's previews of found values (errors.ts) in
 * English and in Arabic; a date that is not in the calendar says why (day 32 of May, hour 24).
 * Part of errorMessages.ts.
 */
import type { ValidationError } from '../model/errors';
import type { Lang } from './locale';
import { pick, side, type Isolate, type Pair } from './errorWords';

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

export function foundOf(e: ValidationError, lang: Lang, q: Isolate): string {
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
  if ((m = /^(".*") \(side "(guest|host|other)"\)$/.exec(f))) {
    return en
      ? `${q(m[1]!)}, which is on ${side(m[2]!, 'en')}`
      : `${q(m[1]!)}، وهو من ${side(m[2]!, 'ar')}`;
  }
  if ((m = /^(".*") \(country ("[A-Z]{2}")\)$/.exec(f))) {
    return en ? `${q(m[1]!)}, which is in ${q(m[2]!)}` : `${q(m[1]!)}، وهو في ${q(m[2]!)}`;
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
  // What a download ended with (load.ts, download.ts).
  if ((m = /^an HTML page(?: \((.*)\))?$/.exec(f))) {
    const type = m[1] ? ` (${q(m[1])})` : '';
    return en ? `an HTML page${type}` : `صفحة HTML${type}`;
  }
  if ((m = /^nothing for ([\d.]+ s), (after ([\d,]+) bytes|before any byte)$/.exec(f))) {
    const when = m[3]
      ? [`after ${m[3]} bytes`, `بعد ${m[3]} بايت`]
      : ['before any byte', 'قبل أي بايت'];
    return en ? `nothing for ${m[1]}, ${when[0]}` : `لا شيء طوال ${m[1]}، ${when[1]}`;
  }
  if ((m = /^not finished after ([\d.]+ s) \((after ([\d,]+) bytes|before any byte)\)$/.exec(f))) {
    const when = m[3]
      ? [`after ${m[3]} bytes`, `بعد ${m[3]} بايت`]
      : ['before any byte', 'قبل أي بايت'];
    return en ? `not finished after ${m[1]} (${when[0]})` : `لم يكتمل بعد ${m[1]} (${when[1]})`;
  }
  if ((m = /^the download broke: (.*)$/.exec(f))) {
    return en ? `the download broke: ${q(m[1]!)}` : `انقطع التنزيل: ${q(m[1]!)}`;
  }
  return q(f);
}
