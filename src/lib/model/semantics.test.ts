// @vitest-environment node
/**
 * The gate's checks of what values mean, beyond their shape: real calendar dates in every date
 * field, source URLs that parse as plain http(s) links, trees whose parents are on the same side
 * and whose depth the chart can draw, and text without control characters or bidi paragraph
 * separators. Each case is a copy of minimal.json with one change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOrgCards, type CardOptions } from '../layout/orgCards';
import { layoutOrgChart } from '../layout/orgChart';
import { indexVisit } from './derive';
import { migrateV1 } from './migrate';
import { parseVisit, type ParseResult, type ValidationError } from './parseVisit';
import { LIMITS, type Organization, type VisitV1 } from './schema';

const minimalText = readFileSync(
  new URL('../../../tests/fixtures/valid/minimal.json', import.meta.url),
  'utf8',
);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const minimal = (): any => JSON.parse(minimalText);

function errorsOf(result: ParseResult): ValidationError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}
const pairs = (result: ParseResult) => errorsOf(result).map((e) => [e.path, e.kind]);
const okOrMessages = (result: ParseResult) =>
  result.ok ? [] : result.errors.map((e) => e.message);

/** A plain width per character: these tests are about structure, not typography. */
const measure: CardOptions['measure'] = (text) => text.length * 7;

describe('dates: every date field is a real calendar date', () => {
  const withPublished = (published: string) => {
    const v = minimal();
    v.sources[0].published = published;
    return parseVisit(v);
  };

  // Before: the schema checked only "\d{4}-\d{2}-\d{2}", and month 99 threw while rendering.
  it.each(['2022-99-01', '2022-00-10', '2022-02-30', '2023-02-29', '2022-04-31', '2022-05-00'])(
    "refuses a source's publication date %s",
    (published) => {
      const [e] = errorsOf(withPublished(published));
      expect([e?.path, e?.kind]).toEqual(['sources[0].published', 'invalid-date']);
      expect(e?.message).toBe(
        `sources[0].published: expected a date that exists in the calendar, found "${published}"`,
      );
    },
  );

  it.each(['2024-02-29', '2000-02-29', '0000-02-29', '0004-02-29', '2022-12-31'])(
    'accepts the publication date %s',
    (published) => expect(okOrMessages(withPublished(published))).toEqual([]),
  );

  it('refuses 29 February in years 0100, 1900 and 2100 (not leap years), also for years < 100', () => {
    for (const y of ['0100', '1900', '2100', '0001', '0099']) {
      expect(pairs(withPublished(`${y}-02-29`))).toEqual([
        ['sources[0].published', 'invalid-date'],
      ]);
    }
  });

  it.each(['2022-05-10T24:00', '2022-05-10T12:60', '2022-05-10T12:00:60', '2022-05-10T99:00'])(
    'refuses the time %s (hour 24, minute or second 60)',
    (start) => {
      const v = minimal();
      v.meetings[0].date.start = start;
      delete v.meetings[0].date.end;
      expect(pairs(parseVisit(v))).toEqual([['meetings[0].date.start', 'invalid-date']]);
    },
  );
});

describe('source URLs: parsed, http(s) only, no credentials', () => {
  const withUrl = (url: string) => {
    const v = minimal();
    v.sources[0].url = url;
    return parseVisit(v);
  };
  // Before: only the prefix "http(s)://" was checked; all of these passed.
  const refused: [string, RegExp][] = [
    ['https://user:secret@example.org/report', /user name or password/],
    ['https://user@example.org/report', /user name or password/],
    ['https://@example.org/report', /user name or password/],
    ['https://example.org:secret@evil.example/', /user name or password/],
    ['http://', /parses/],
    ['https://', /parses/],
    ['https://exa mple.org/', /spaces/],
    ['https://example.org/a b', /spaces/],
    ['https://example.org/\tx', /control/],
    ['https://example.org/\nx', /control/],
    ['https://example.org/x\u0000', /control/],
    ['https://example.org/x\u00a0', /spaces/],
    ['https://exa\u200bmple.org/', /invisible/],
    ['https://example.org/\u202egpj.exe', /invisible/],
    ['http://[::1/', /parses/],
    ['http://example.org:99999/', /parses/],
    ['https://exa%mple.org/', /parses/],
  ];
  it.each(refused)('refuses %j', (url, expected) => {
    const [e, ...rest] = errorsOf(withUrl(url));
    expect(rest).toEqual([]);
    expect([e?.path, e?.kind]).toEqual(['sources[0].url', 'invalid-url']);
    expect(e?.expected).toMatch(expected);
    // The preview escapes the characters it names, so the message stays one visible line.
    expect(e?.message).not.toMatch(/[\p{Cc}\u200b\u202e]/u);
  });

  it.each([
    'https://example.org/report',
    'http://example.org:8080/a/b?c=d&e=f#g',
    'https://example.org/@user/status/1',
    'https://example.org/search?q=a@b',
    'https://xn--mgbh0fb.xn--kgbechtv/',
    'https://مثال.إختبار/تقرير',
    'https://example.org/%20encoded%0Aspace',
  ])('accepts %j', (url) => expect(okOrMessages(withUrl(url))).toEqual([]));

  it('still refuses other schemes by their shape (kind "format")', () => {
    expect(pairs(withUrl('javascript:alert(1)'))).toEqual([['sources[0].url', 'format']]);
  });
});

describe('trees: parents on the same side, and a depth the chart draws', () => {
  // Before: this passed, and the host organization and its people were missing from the chart.
  it('refuses an organization whose parent is on the other side', () => {
    const v = minimal();
    v.organizations.push({
      id: 'host-ministry',
      name: { en: 'Host Ministry' },
      side: 'host',
      parent: 'guest-gov',
      level: 'national',
      kind: 'ministry',
    });
    const [e, ...rest] = errorsOf(parseVisit(v));
    expect(rest).toEqual([]);
    expect(e?.message).toBe(
      'organizations[2].parent: expected a parent organization on the host side, as this one ' +
        'is, found "guest-gov" (side "guest")',
    );
    expect(e?.kind).toBe('side-mismatch');
  });

  // Before: this passed, and the host person was missing from both the chart and the guests.
  it('refuses a person whose organization is on the other side', () => {
    const v = minimal();
    v.people[1].organization = 'guest-gov';
    const [e, ...rest] = errorsOf(parseVisit(v));
    expect(rest).toEqual([]);
    expect(e?.message).toBe(
      'people[1].organization: expected an organization on the host side, as this person is, ' +
        'found "guest-gov" (side "guest")',
    );
    expect(e?.kind).toBe('side-mismatch');
  });

  const chain = (n: number, side: 'guest' | 'host' = 'host'): Organization[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `o${i}`,
      name: { en: `Org ${i}` },
      side,
      level: 'national',
      kind: 'office',
      ...(i > 0 ? { parent: `o${i - 1}` } : {}),
    }));
  const withOrgs = (orgs: Organization[]) => {
    const v = minimal();
    v.organizations.push(...(orgs as VisitV1['organizations']));
    return migrateV1(v as VisitV1);
  };

  it(`accepts a chain of LIMITS.treeDepth (${LIMITS.treeDepth}) organizations, and draws every one`, () => {
    const r = parseVisit(withOrgs(chain(LIMITS.treeDepth)));
    expect(okOrMessages(r)).toEqual([]);
    if (!r.ok) return;
    const index = indexVisit(r.visit);
    for (const dir of ['rtl', 'ltr'] as const) {
      for (const orientation of ['vertical', 'horizontal'] as const) {
        const layout = layoutOrgChart(index, { dir, orientation, lang: 'en', measure });
        const ids = new Set(layout.cards.map((c) => c.id));
        for (let i = 0; i < LIMITS.treeDepth; i++) expect(ids.has(`o${i}`)).toBe(true);
        expect(Math.max(...layout.cards.map((c) => c.depth))).toBe(LIMITS.treeDepth - 1);
        expect(layout.items.filter((it) => it.kind === 'organization').length).toBe(ids.size);
        for (const c of layout.cards) expect(Number.isFinite(c.x + c.y + c.w + c.h)).toBe(true);
      }
    }
  });

  it('refuses a chain one deeper, naming its deepest organization', () => {
    const n = LIMITS.treeDepth + 1;
    const [e, ...rest] = errorsOf(parseVisit(withOrgs(chain(n))));
    expect(rest).toEqual([]);
    // minimal.json has two organizations before the chain.
    expect([e?.path, e?.kind]).toEqual([`organizations[${n + 1}].parent`, 'too-deep']);
    expect(e?.message).toBe(
      `organizations[${n + 1}].parent: expected a tree at most ${LIMITS.treeDepth} levels deep, ` +
        `found ${n} levels: "o${n - 1}" → "o${n - 2}" → "o${n - 3}" → … → "o0"`,
    );
  });

  it('refuses a 9,000-deep chain with one error, and reports a loop as a cycle, not too deep', () => {
    expect(pairs(parseVisit(withOrgs(chain(9000, 'guest'))))).toEqual([
      ['organizations[9001].parent', 'too-deep'],
    ]);
    const loop = chain(500);
    loop[0]!.parent = 'o499';
    expect(pairs(parseVisit(withOrgs(loop)))).toEqual([['organizations[2].parent', 'cycle']]);
  });

  it('counts depth from the root: wide and shallow is fine, a deep branch anywhere is not', () => {
    const wide = Array.from({ length: 5000 }, (_, i) => ({
      ...chain(1)[0]!,
      id: `w${i}`,
      parent: i === 0 ? undefined : 'w0',
    }));
    expect(okOrMessages(parseVisit(withOrgs(wide)))).toEqual([]);
    // A deep chain under the existing guest-ministry (level 2): 199 more make 201.
    const branch = chain(LIMITS.treeDepth - 1, 'guest');
    branch[0]!.parent = 'guest-ministry';
    expect(pairs(parseVisit(withOrgs(branch)))).toEqual([
      [`organizations[${LIMITS.treeDepth}].parent`, 'too-deep'],
    ]);
    branch.pop();
    expect(okOrMessages(parseVisit(withOrgs(branch)))).toEqual([]);
  });

  it('limits the place tree the same way', () => {
    const places = (n: number) => {
      const v = minimal();
      v.places = Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        name: { en: `Place ${i}` },
        kind: 'venue',
        ...(i > 0 ? { parent: `p${i - 1}` } : {}),
      }));
      v.meetings.forEach((m: { location?: unknown }) => delete m.location);
      (v.events ?? []).forEach((e: { location?: unknown }) => delete e.location);
      return parseVisit(v);
    };
    expect(okOrMessages(places(LIMITS.treeDepth))).toEqual([]);
    expect(pairs(places(LIMITS.treeDepth + 1))).toEqual([
      [`places[${LIMITS.treeDepth}].parent`, 'too-deep'],
    ]);
  });

  // Before: buildOrgCards walked the tree recursively, and overflowed the stack around 9,000.
  it('builds the cards of a 20,000-deep chain without recursion (if a visit ever got past the gate)', () => {
    const index = indexVisit(withOrgs(chain(20_000)));
    const cards = buildOrgCards(index, { lang: 'en', measure });
    expect(cards.cards.get('o19999')?.depth).toBe(19_999);
    expect([...cards.cards.keys()].slice(0, 3)).toEqual(['o0', 'o1', 'o2']);
  });
});

/**
 * Every character of bidi class B (paragraph separator) and S (segment separator), from the
 * Unicode Character Database's DerivedBidiClass.txt (unchanged since Unicode 6.3).
 */
const BIDI_B = [0x000a, 0x000d, 0x001c, 0x001d, 0x001e, 0x0085, 0x2029];
const BIDI_S = [0x0009, 0x000b, 0x001f];
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('text: no control characters, no bidi paragraph or segment separators', () => {
  const SHORT_EXPECTED =
    'expected text on one line, without tabs, control characters or paragraph separators';

  // Before: all of these passed, and U+2029, U+0085, U+001C–U+001E let an override out of <bdi>.
  it.each([...BIDI_B, ...BIDI_S, 0x2028].map((cp) => [hex(cp), cp] as const))(
    'refuses %s in a short text (a name), saying which and where',
    (name, cp) => {
      const v = minimal();
      v.people[0].name.ar = `ab${String.fromCodePoint(cp)}\u202Ec`;
      const [e, ...rest] = errorsOf(parseVisit(v));
      expect(rest).toEqual([]);
      expect(e).toMatchObject({ path: 'people[0].name.ar', kind: 'control-char' });
      expect(e?.expected).toBe(SHORT_EXPECTED);
      expect(e?.found.startsWith(`${name} at character 3 of "ab\\`)).toBe(true);
      expect(e?.message).not.toMatch(/[\p{Cc}\u2028\u2029\u202e]/u);
    },
  );

  it.each([...BIDI_B, ...BIDI_S].filter((cp) => cp !== 0x0a).map((cp) => [hex(cp), cp] as const))(
    'refuses %s in a long text (a summary, a note)',
    (name, cp) => {
      const v = minimal();
      v.summary.en = `First.${String.fromCodePoint(cp)}Second.`;
      v.meetings[0].date.note = { en: `Noted.${String.fromCodePoint(cp)}` };
      const errors = errorsOf(parseVisit(v));
      expect(errors.map((e) => [e.path, e.kind])).toEqual([
        ['summary.en', 'control-char'],
        ['meetings[0].date.note.en', 'control-char'],
      ]);
      expect(errors[0]?.found.startsWith(`${name} at character 7 of "First.\\`)).toBe(true);
    },
  );

  it('allows a line feed (a paragraph break) in long text only', () => {
    const v = minimal();
    v.summary.en = 'First paragraph.\nSecond paragraph.';
    v.meetings[0].date.note = { en: 'One.\n\nTwo.' };
    expect(okOrMessages(parseVisit(v))).toEqual([]);
    v.title.en = 'Two\nlines';
    expect(pairs(parseVisit(v))).toEqual([['title.en', 'control-char']]);
  });

  it('refuses every other control character (C0, DEL, C1) in every kind of text', () => {
    const others = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
    ].filter((cp) => cp !== 0x0a);
    for (const cp of others) {
      const v = minimal();
      const ch = String.fromCodePoint(cp);
      v.topics[0].label.en = `x${ch}`;
      v.summary.en = `x${ch}`;
      v.people[0].provenance[0].field = `title${ch}`;
      v.places[0].name.en = `${ch}`;
      expect(pairs(parseVisit(v))).toEqual([
        ['summary.en', 'control-char'],
        ['places[0].name.en', 'control-char'],
        ['people[0].provenance[0].field', 'control-char'],
        ['topics[0].label.en', 'control-char'],
      ]);
    }
  });

  it('lets through what is not a control: bidi controls, zero-width characters, lone surrogates', () => {
    const v = minimal();
    v.people[0].name = { en: 'a\u202Eb\u2066c\u2069\u200Bd\u200Fe', ar: 'x\uD800y' };
    const r = parseVisit(v);
    expect(okOrMessages(r)).toEqual([]);
    if (r.ok) expect(r.visit.people[0]?.name).toEqual(v.people[0].name);
  });
});
