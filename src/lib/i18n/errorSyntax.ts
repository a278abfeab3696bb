/** jsonc-parser's syntax error codes in words (positions.ts names them; errorExpected.ts uses them). */
import type { Pair } from './errorWords';

/** jsonc-parser's codes (positions.ts) → what the JSON needed there. */
export const SYNTAX: Record<string, Pair> = {
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
