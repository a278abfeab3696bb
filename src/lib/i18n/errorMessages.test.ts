// @vitest-environment node
/**
 * Issue 18: every mistake of a file comes back at once, each worded for people in Arabic and in
 * English, with its line, an excerpt and, where there is one, a suggestion. Files are built from
 * tests/fixtures/valid/minimal.json by text edits, so each mistake has a known line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVisitText, type ValidationError } from '../model/parseVisit';
import { locateErrors } from '../model/positions';
import { describeError, formatErrorText } from './errorMessages';

const MINIMAL = readFileSync('tests/fixtures/valid/minimal.json', 'utf8');

interface Mistake {
  name: string;
  /** The text of minimal.json to replace, and its replacement. */
  from: string;
  to: string;
  /** The path of the one error it makes. */
  path: string;
  suggestion?: string;
}

const MISTAKES: Mistake[] = [
  {
    name: 'a day 32',
    from: '"start": "2022-05-11"',
    to: '"start": "2022-05-32"',
    path: 'meetings[1].date.start',
  },
  {
    name: 'a participant who does not exist',
    from: '"host": ["host-minister"] },\n      "organizations"',
    to: '"host": ["host-ministr"] },\n      "organizations"',
    path: 'meetings[0].participants.host[0]',
    suggestion: 'host-minister',
  },
  {
    name: 'a misspelt field',
    from: '"title": { "en": "Minister of Trade" }',
    to: '"titel": { "en": "Minister of Trade" }',
    path: 'people[1].titel',
    suggestion: 'title',
  },
  {
    name: 'an empty Arabic name',
    from: '"name": { "en": "Guest Government" }',
    to: '"name": { "ar": "", "en": "Guest Government" }',
    path: 'organizations[0].name.ar',
  },
  {
    name: 'a misspelt role',
    from: '"role": "head-of-delegation"',
    to: '"role": "head-of-delegaton"',
    path: 'people[0].role',
    suggestion: 'head-of-delegation',
  },
  {
    name: 'hour 24',
    from: '"start": "2022-05-10T10:00"',
    to: '"start": "2022-05-10T24:00"',
    path: 'meetings[0].date.start',
  },
  {
    name: 'a time zone in a day date',
    from: '"date": { "precision": "year", "start": "2022" }',
    to: '"date": { "precision": "year", "start": "2022", "timeZone": "Asia/Seoul" }',
    path: 'meetings[3].date.timeZone',
  },
  {
    name: 'a topic that does not exist',
    from: '"topics": ["energy"]',
    to: '"topics": ["enrgy"]',
    path: 'meetings[1].topics[0]',
    suggestion: 'energy',
  },
  {
    name: 'a number written as text',
    from: '"value": 3',
    to: '"value": "3"',
    path: 'figures[0].value',
  },
];

function withMistakes(mistakes: readonly Mistake[]): string {
  let text = MINIMAL;
  for (const m of mistakes) {
    expect(text.split(m.from)).toHaveLength(2); // the edit is unambiguous
    text = text.replace(m.from, m.to);
  }
  return text;
}

function check(text: string): ValidationError[] {
  const r = parseVisitText(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : locateErrors(text, r.errors);
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;
const ARABIC = /[\u0600-\u06ff]/;
/** Words of English the Arabic messages must not hold (outside values from the file). */
const ENGLISH_WORDS = /\b(expected|found|field|nothing|string|object|array|line|column|the|of)\b/i;
/** A message without the values quoted from the file (which may be in any language). */
const words = (s: string) => s.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/"[^"]*"/g, '');

describe('every mistake at once, in both languages', () => {
  // Files with 1 to 6 mistakes, of mixed kinds: the first n of a rotation of the list.
  const tables = [1, 2, 3, 4, 5, 6].map((n) => {
    const start = (n * 2) % MISTAKES.length;
    const chosen = Array.from({ length: n }, (_, i) => MISTAKES[(start + i) % MISTAKES.length]!);
    return [n, chosen.map((m) => m.name).join(', '), chosen] as const;
  });
  it.each(tables)('a file with %i mistake(s) (%s) lists each of them', (n, _names, chosen) => {
    const text = withMistakes(chosen);
    const errors = check(text);
    expect(errors.map((e) => e.path).sort()).toEqual(chosen.map((m) => m.path).sort());
    expect(errors).toHaveLength(n);
    // In the order of the file.
    const lines = errors.map((e) => e.at?.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const m of chosen) {
      const e = errors.find((x) => x.path === m.path)!;
      expect(e.at?.line).toBe(lineOf(text, m.to));
      expect(e.at?.excerpt.at(-1)?.text).toContain(m.to.split('\n')[0]!.trim().slice(0, 20));
      expect(e.suggestion).toBe(m.suggestion);
      const en = describeError(e, 'en');
      const ar = describeError(e, 'ar');
      expect(en.where).toBe(`line ${e.at?.line}, column ${e.at?.column}`);
      expect(ar.where).toBe(`السطر ${e.at?.line}، العمود ${e.at?.column}`);
      for (const part of [en.expected, en.found, ...en.hints]) {
        expect(words(part)).not.toMatch(ARABIC);
      }
      // Arabic words around the file's values (a found value may be the value alone).
      expect(words(ar.expected)).toMatch(ARABIC);
      for (const part of [ar.expected, ar.found, ...ar.hints]) {
        const rest = words(part).replace(/[\d\s.,:;()[\]{}…،؛؟"+-]/g, '');
        if (rest !== '') expect(rest).toMatch(ARABIC);
        expect(words(part)).not.toMatch(ENGLISH_WORDS);
      }
      if (m.suggestion) {
        expect(en.hints).toContain(`Did you mean \u2068"${m.suggestion}"\u2069?`);
        expect(ar.hints).toContain(`هل تقصد \u2068"${m.suggestion}"\u2069؟`);
      }
    }
  });

  it('reads the four-mistake file of the issue as four messages', () => {
    const text = readFileSync('tests/fixtures/messages/four-mistakes.json', 'utf8');
    const errors = check(text);
    expect(errors.map((e) => [e.path, e.at?.line, e.suggestion])).toEqual([
      ['organizations[0].name.ar', 32, undefined],
      ['people[1].titel', 61, 'title'],
      ['meetings[0].participants.host[0]', 80, 'host-minister'],
      ['meetings[1].date.start', 89, undefined],
    ]);
  });

  it('checks dates and references of a record whose other fields have mistakes', () => {
    const text = withMistakes([
      { ...MISTAKES[0]!, path: '' },
      {
        name: 'a misspelt field in the same meeting',
        from: '"title": { "en": "Site visit" }',
        to: '"titel": { "en": "Site visit" }',
        path: '',
      },
    ]);
    expect(check(text).map((e) => e.path)).toEqual(['meetings[1].titel', 'meetings[1].date.start']);
  });

  it('does not call a reference dangling when its target has mistakes of its own', () => {
    // The person's role is wrong; the meetings that name them are not.
    const errors = check(withMistakes([MISTAKES[4]!]));
    expect(errors.map((e) => e.path)).toEqual(['people[0].role']);
  });
});

describe('words for people', () => {
  const one = (m: Mistake) => {
    const errors = check(withMistakes([m]));
    expect(errors).toHaveLength(1);
    return errors[0]!;
  };
  it('says hour 24 does not exist, not that the date is not in the calendar', () => {
    const e = one(MISTAKES[5]!);
    expect(describeError(e, 'en', false).found).toBe(
      '"2022-05-10T24:00": hour 24, which does not exist: a day\'s hours run from 00 to 23 (write 00:00 of the next day)',
    );
    expect(describeError(e, 'ar', false).found).toContain('الساعة 24، وهي غير موجودة');
    expect(describeError(e, 'en', false).expected).toBe('a time of day from 00:00 to 23:59');
  });
  it('calls an empty name an empty text', () => {
    const e = one(MISTAKES[3]!);
    expect(describeError(e, 'en', false).found).toBe('an empty text ""');
    expect(describeError(e, 'ar', false).found).toBe('نص فارغ ""');
    const none = check(MINIMAL.replace('"name": { "en": "Guest Government" }', '"name": {}'));
    expect(describeError(none[0]!, 'en', false).found).toBe('a text with no language in it, {}');
  });
  it('says where a misplaced time zone belongs', () => {
    const e = one(MISTAKES[6]!);
    expect(describeError(e, 'en', false).hints).toEqual([
      '"timeZone" is a field of a date with "precision": "time", not of this object.',
    ]);
    expect(describeError(e, 'ar', false).hints[0]).toContain('"precision" هي "time"');
  });
  it('isolates values from the file, so an Arabic value cannot reorder the sentence', () => {
    const e = one(MISTAKES[1]!);
    expect(describeError(e, 'ar').found).toBe('\u2068"host-ministr"\u2069');
  });
  it('isolates the address forms it names, so an Arabic page does not show //:https', () => {
    const errors = check(
      MINIMAL.replace('"https://example.org/report"', '"ftp://example.org/report"'),
    );
    expect(errors).toHaveLength(1);
    const ar = describeError(errors[0]!, 'ar').expected;
    expect(ar).toContain('\u2068https://\u2069');
    expect(ar).toContain('\u2068http://\u2069');
    expect(ar.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[a-z]/);
  });
  it('words a JSON syntax error once, with its line and column', () => {
    const text = MINIMAL.replace('"id": "minimal",', '"id": "minimal"');
    const r = parseVisitText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.found.match(/line \d+/g)).toHaveLength(1);
    const [e] = locateErrors(text, r.errors);
    expect(e!.at?.line).toBe(4);
    expect(describeError(e!, 'en', false)).toMatchObject({
      where: 'line 4, column 3',
      expected: 'valid JSON: a comma "," between two fields or items',
      found: '"title" here',
    });
    expect(describeError(e!, 'ar', false).expected).toBe(
      'نص JSON صحيح: فاصلة "," بين حقلين أو عنصرين',
    );
  });
  it('suggests nothing for nonsense', () => {
    const errors = check(
      MINIMAL.replace(
        '"host": ["host-minister"] },\n      "organizations"',
        '"host": ["zzqx"] },\n      "organizations"',
      ),
    );
    expect(errors[0]!.suggestion).toBeUndefined();
    expect(describeError(errors[0]!, 'en').hints).toEqual([]);
  });
});

describe('messages of typical files (read them: they are what an editor sees)', () => {
  const files: [string, string][] = [
    ['four-mistakes', readFileSync('tests/fixtures/messages/four-mistakes.json', 'utf8')],
    ['not-json', readFileSync('tests/fixtures/invalid/not-json.json', 'utf8')],
    ['cycle', readFileSync('tests/fixtures/invalid/cycle.json', 'utf8')],
    ['hour-24-timezone-role', withMistakes([MISTAKES[5]!, MISTAKES[6]!, MISTAKES[4]!])],
  ];
  it.each(files)('%s', async (name, text) => {
    const errors = check(text);
    for (const lang of ['en', 'ar'] as const) {
      const shown = errors.flatMap((e) => formatErrorText(e, lang)).join('\n');
      await expect(`${shown}\n`).toMatchFileSnapshot(
        `__snapshots__/errorMessages/${name}.${lang}.txt`,
      );
    }
  });
});

describe('every error the gate gives has Arabic words', () => {
  it('for each invalid and hostile fixture, and each failure of reading', async () => {
    const { readdirSync } = await import('node:fs');
    const { HOSTILE_CASES } = await import('../../../tests/fixtures/hostile/cases');
    const { parseVisitBytes } = await import('../model/readBytes');
    const texts = readdirSync('tests/fixtures/invalid')
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(`tests/fixtures/invalid/${f}`));
    const hostile = HOSTILE_CASES.filter((c) => c.expect !== 'ready').map((c) =>
      new TextEncoder().encode(c.text()),
    );
    const odd = [
      new Uint8Array(0),
      new Uint8Array([0xff, 0xfe, 0x7b, 0]),
      new Uint8Array([0x7b, 0xc3, 0x28]),
      new TextEncoder().encode('   '),
    ];
    const untranslated: string[] = [];
    let checked = 0;
    for (const bytes of [...texts, ...hostile, ...odd]) {
      const r = parseVisitBytes(bytes);
      if (r.ok) continue;
      const text = new TextDecoder().decode(bytes);
      for (const e of locateErrors(text, r.errors)) {
        checked++;
        const ar = describeError(e, 'ar');
        if (!ARABIC.test(words(ar.expected))) untranslated.push(`expected: ${e.expected}`);
        const found = words(ar.found).replace(/[\d\s.,:;()[\]{}…،؛؟"+→-]/g, '');
        if (found !== '' && !ARABIC.test(found)) untranslated.push(`found: ${e.found}`);
      }
    }
    // And what a download ends with (load.ts).
    const { loadVisitFromUrl } = await import('../model/load');
    const answer = (body: string, init: ResponseInit) =>
      (async () => new Response(body, init)) as unknown as typeof fetch;
    for (const fetchImpl of [
      answer('no', { status: 404, statusText: 'Not Found' }),
      answer('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      answer('', { status: 500 }),
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    ]) {
      const r = await loadVisitFromUrl('v.json', fetchImpl);
      for (const e of r.ok ? [] : r.errors) {
        checked++;
        const ar = describeError(e, 'ar');
        if (!ARABIC.test(words(ar.expected))) untranslated.push(`expected: ${e.expected}`);
        const found = words(ar.found).replace(/[\d\s.,:;()[\]{}…،؛؟"+→-]/g, '');
        if (found !== '' && !ARABIC.test(found)) untranslated.push(`found: ${e.found}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect([...new Set(untranslated)]).toEqual([]);
  });
});
