/**
 * A workbook's mistakes in words, in Arabic and English, for the page and the CLI alike:
 *
 *   "People, row 7, column Organization: no organization named 'وزارة الداخليه'
 *    (did you mean 'وزارة الداخلية'?)"
 *
 * Values from the workbook are quoted and, on the page, isolated (FSI … PDI) so that an Arabic
 * name inside an English sentence, or an id inside an Arabic one, keeps its order. The gate's
 * own errors keep its words (i18n/errorMessages.ts), placed at their sheet, row and column.
 */
import { describeError } from '../i18n/errorMessages';
import type { Lang } from '../i18n/locale';
import { isolate as isolateText } from '../i18n/locale';
import type { Measure, SheetProblem, Unreadable } from './problems';
import { SHEETS } from './sheets';

const FSI = '\u2068';
const PDI = '\u2069';

export interface SheetMessage {
  /** "People, row 7, column Organization" / "الأشخاص، الصف 7، العمود «الجهة»". */
  where: string;
  /** What is wrong, with what was expected and found. */
  what: string;
}

/** Why a file cannot be read, in words ([Arabic, English]), after the file's name. */
const WHY: Record<Unreadable, readonly [string, string]> = {
  empty: ['؛ الملف فارغ', '; the file is empty'],
  encrypted: [
    '؛ هو مصنف محمي بكلمة مرور أو بصيغة \u2068.xls\u2069 القديمة: احفظه بصيغة \u2068.xlsx\u2069 بلا كلمة مرور',
    '; it is a password-protected workbook, or an old .xls one: save it as .xlsx, without a password',
  ],
  'not-zip': [
    '؛ ليس ملف \u2068.xlsx\u2069 (وهو أرشيف zip)، مهما كان اسمه',
    '; it is not an .xlsx file (which is a zip archive), whatever its name',
  ],
  doctype: [
    '؛ فيه تعريف DOCTYPE أو ENTITY، ولا يكون ذلك في مصنف',
    '; it has a DOCTYPE or ENTITY declaration, which no workbook has',
  ],
};

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/** How much a file has, and may have, of `m`, in words: ["row 50001", "50000 rows"]. */
function amounts(m: Measure, found: number, limit: number, lang: Lang): [string, string] {
  const en = lang === 'en';
  switch (m) {
    case 'bytes':
      return en
        ? [`${MB(found)} (${found} bytes)`, MB(limit)]
        : [`${MB(found)} (${found} بايت)`, MB(limit)];
    case 'unpacked':
      // Inflating stops as soon as it is past: how far past is not known.
      return en
        ? [`more than ${MB(limit)} of XML once unpacked`, MB(limit)]
        : [`أكثر من ${MB(limit)} من XML بعد فك الضغط`, MB(limit)];
    case 'entries':
      return en
        ? [`${found} entries`, `${limit} entries`]
        : [`${found} ملفًا داخليًا`, `${limit} ملف داخلي`];
    case 'rows':
      return en ? [`a row ${found}`, `${limit} rows`] : [`الصف ${found}`, `${limit} صف`];
    case 'columns':
      return en ? [`a column ${found}`, `${limit} columns`] : [`العمود ${found}`, `${limit} عمود`];
  }
}

/**
 * The accepted forms of a date, each isolated on its own (FSI … PDI) where the sentence around
 * them is Arabic (the page and the command line alike) or `isolate` is set: isolated as one
 * run, the forms (left to right, with spaces and commas) came out in a jumbled order in Arabic.
 */
export function dateForms(forms: readonly string[], lang: Lang, isolate: boolean): string {
  const one = lang === 'ar' || isolate ? (f: string) => isolateText(f) : (f: string) => f;
  const list = forms.map(one);
  if (list.length < 2) return list.join('');
  const last = list.pop()!;
  return lang === 'en' ? `${list.join(', ')}, or ${last}` : `${list.join('، ')} أو ${last}`;
}

/** The half of a bilingual header ("Name (ar) / الاسم (ar)") in `lang`. */
const half = (header: string, lang: Lang) => {
  const parts = header.split(' / ');
  return (lang === 'en' ? parts[0] : (parts[1] ?? parts[0]))!.trim();
};

export function sheetName(sheet: string, lang: Lang): string {
  const s = SHEETS.find((x) => x.key === sheet);
  return s ? (lang === 'en' ? s.en : s.ar) : sheet;
}

/** Where a problem is, in words. */
export function whereIn(p: SheetProblem, lang: Lang): string {
  const en = lang === 'en';
  const parts = [sheetName(p.sheet, lang)];
  if (p.row !== undefined) parts.push(en ? `row ${p.row}` : `الصف ${p.row}`);
  if (p.column !== undefined)
    parts.push(en ? `column ${half(p.column, lang)}` : `العمود «${half(p.column, lang)}»`);
  return parts.join(en ? ', ' : '، ');
}

/** `p` in words in `lang`; `isolate`: wrap values from the workbook in FSI … PDI (the page). */
export function describeSheetProblem(p: SheetProblem, lang: Lang, isolate = true): SheetMessage {
  const en = lang === 'en';
  const q = (s: string | number) => {
    const t = String(s)
      .replace(/[\n\r]+/g, ' ')
      .slice(0, 80);
    return en ? `'${isolate ? FSI + t + PDI : t}'` : `«${isolate ? FSI + t + PDI : t}»`;
  };
  const mean = (s?: string) =>
    s === undefined ? '' : en ? ` (did you mean ${q(s)}?)` : ` (هل تقصد ${q(s)}؟)`;
  const list = (xs: readonly string[]) => xs.map((x) => q(x)).join(en ? ', ' : '، ');
  const where = whereIn(p, lang);
  const what = ((): string => {
    switch (p.kind) {
      case 'no-sheet': {
        const s = SHEETS.find((x) => x.key === p.sheet)!;
        return en
          ? `the workbook has no sheet ${q(s.en)} (expected a sheet named ${q(`${s.en} · ${s.ar}`)})`
          : `لا ورقة باسم ${q(s.ar)} في المصنف (المتوقَّع ورقة باسم ${q(`${s.en} · ${s.ar}`)})`;
      }
      case 'unknown-sheet':
        return (
          (en ? `unknown sheet ${q(p.found)}` : `ورقة غير معروفة ${q(p.found)}`) +
          mean(p.suggestion)
        );
      case 'unknown-column':
        return (
          (en ? `unknown column ${q(p.found)}` : `عمود غير معروف ${q(p.found)}`) +
          mean(p.suggestion)
        );
      case 'duplicate-column':
        return en ? `the column ${q(p.found)} appears twice` : `العمود ${q(p.found)} مكرر`;
      case 'one-row':
        return en
          ? `expected one visit, in row 2; found ${p.found} rows`
          : `المتوقَّع زيارة واحدة في الصف 2؛ الموجود ${p.found} صفوف`;
      case 'one-guest':
        return en
          ? `expected exactly one country on the guest side, found ${p.found}`
          : `المتوقَّع دولة واحدة فقط في الجانب الضيف؛ الموجود ${p.found}`;
      case 'vocab':
        return (
          (en
            ? `expected one of ${list(p.values)}; found ${q(p.found)}`
            : `المتوقَّع واحدة من ${list(p.values)}؛ الموجود ${q(p.found)}`) + mean(p.suggestion)
        );
      case 'date': {
        const forms = dateForms(p.expected, lang, isolate);
        return en
          ? `expected a date such as ${forms}; found ${q(p.found)}`
          : `المتوقَّع تاريخ مثل ${forms}؛ الموجود ${q(p.found)}`;
      }
      case 'number':
        return en ? `expected a number, found ${q(p.found)}` : `المتوقَّع رقم؛ الموجود ${q(p.found)}`;
      case 'yes-no':
        return en
          ? `expected yes or no, found ${q(p.found)}`
          : `المتوقَّع yes أو no (نعم أو لا)؛ الموجود ${q(p.found)}`;
      case 'no-ref':
        return (
          (en ? `no ${p.noun[0]} named ${q(p.found)}` : `لا ${p.noun[1]} باسم ${q(p.found)}`) +
          mean(p.suggestion)
        );
      case 'ambiguous':
        return en
          ? `more than one ${p.noun[0]} is named ${q(p.found)} (ids ${list(p.ids)}): write the id`
          : `أكثر من ${p.noun[1]} باسم ${q(p.found)} (المعرّفات ${list(p.ids)}): اكتب المعرّف`;
      case 'bad-id':
        return en
          ? `expected an id of letters, digits, "_", "-", "." or ":"; found ${q(p.found)}`
          : `المتوقَّع معرّف من حروف لاتينية وأرقام و"_" و"-" و"." و":"؛ الموجود ${q(p.found)}`;
      case 'unreadable': {
        const why = p.why ? (en ? WHY[p.why][1] : WHY[p.why][0]) : '';
        return en
          ? `the file cannot be read as a spreadsheet (.xlsx) or CSV: ${q(p.found)}${why}`
          : `تعذّرت قراءة الملف جدولَ بيانات (.xlsx) أو CSV: ${q(p.found)}${why}`;
      }
      case 'too-large': {
        const [found, limit] = amounts(p.measure, p.found, p.limit, lang);
        const at = q(p.file) + (p.in ? (en ? `, sheet ${q(p.in)}` : `، الورقة ${q(p.in)}`) : '');
        return en
          ? `the file is too large to read safely: ${at} has ${found} (at most ${limit})`
          : `الملف أكبر من أن يُقرأ بأمان: في ${at} ${found} (الحد الأقصى ${limit})`;
      }
      case 'formula':
        return en
          ? 'a formula with no saved value: Ziyara never computes formulas. Type the value, or open and save the workbook in a spreadsheet program so that it saves the result'
          : 'صيغة بلا قيمة محفوظة: لا تحسب زيارة الصيغ أبدًا. اكتب القيمة، أو افتح المصنف واحفظه في برنامج جداول بيانات ليحفظ نتيجتها';
      case 'gate': {
        const m = describeError(p.error, lang, isolate);
        const main = en
          ? `expected ${m.expected}, found ${m.found}`
          : `المتوقَّع: ${m.expected}؛ الموجود: ${m.found}`;
        return [main, ...m.hints].join(' ');
      }
    }
  })();
  return { where, what };
}

/** One line: "where: what". */
export function sheetProblemLine(p: SheetProblem, lang: Lang, isolate = true): string {
  const m = describeSheetProblem(p, lang, isolate);
  return `${m.where}: ${m.what}`;
}
