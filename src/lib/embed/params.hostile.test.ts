// @vitest-environment node
/**
 * Every URL parameter under what an attacker (or a sloppy copy-paste) puts in a link: empty and
 * repeated parameters, unknown values, prototype names, values at and past the limits,
 * percent-encoding tricks, `+`, invisible and bidi characters, fullwidth and decomposed text,
 * lone surrogates and markup. The promise (README, "Using it"): never a throw; a value is read
 * as a reader sees it; what is not understood is ignored (the default stays); an id is only ever
 * what a visit file allows, so nothing that reaches the page from the address can be markup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { DEFAULTS, parseEmbedParams, writeEmbedParams } from './params';
import { cleanValue, isId, MAX_ID } from './paramValues';
import { Id } from '../model/fieldSchemas';
import { ENGAGEMENT_KINDS } from '../layout/kindGlyph';

/** Parses a query as the browser hands it over (percent-decoded by URLSearchParams). */
const parse = (q: string) => parseEmbedParams(new URLSearchParams(q));
const kinds = (q: string) => parse(q).filters.kinds;

const MARKUP = '<img src=x onerror=alert(1)>';
const enc = encodeURIComponent;

/** Invisible characters a copied link may carry, percent-encoded. */
const INVISIBLES = {
  LRM: '%E2%80%8E',
  RLM: '%E2%80%8F',
  LRE: '%E2%80%AA',
  RLE: '%E2%80%AB',
  PDF: '%E2%80%AC',
  LRO: '%E2%80%AD',
  RLO: '%E2%80%AE',
  LRI: '%E2%81%A6',
  RLI: '%E2%81%A7',
  FSI: '%E2%81%A8',
  PDI: '%E2%81%A9',
  ZWSP: '%E2%80%8B',
  ZWNJ: '%E2%80%8C',
  ZWJ: '%E2%80%8D',
  BOM: '%EF%BB%BF',
  ALM: '%D8%9C',
};

describe('kinds= under attack', () => {
  it.each([
    ['kinds=', []],
    ['kinds', []],
    ['kinds=,,,', []],
    ['kinds=talk&kinds=signing', ['talk', 'signing']],
    ['kinds=talk&kinds=', ['talk']],
    ['kinds=&kinds=talk', ['talk']],
    ['kinds=talk,talk&kinds=talk', ['talk']],
    ['kinds=nap,talk,sleep', ['talk']],
    ['kinds=__proto__', []],
    ['kinds=constructor,toString,hasOwnProperty,valueOf', []],
    ['kinds=__proto__,talk', ['talk']],
    [`kinds=${enc(MARKUP)}`, []],
    [`kinds=${enc('"><script>alert(1)</script>')},talk`, ['talk']],
    ['kinds=talk%2Csigning', ['talk', 'signing']], // %2C is a comma once decoded
    ['kinds=talk%252Csigning', []], // double-encoded: the text "talk%2Csigning", no kind
    ['kinds=talk+signing', ['talk', 'signing']], // + is a space: a separator
    ['kinds=talk%20signing', ['talk', 'signing']],
    ['kinds=talk%D8%8Csigning', ['talk', 'signing']], // Arabic comma ،
    ['kinds=+talk+', ['talk']],
    ['kinds=TALK,Signing', ['talk', 'signing']], // names in any case
    ['kinds=%EF%BD%94%EF%BD%81%EF%BD%8C%EF%BD%8B', ['talk']], // fullwidth ｔａｌｋ
    ['kinds=talk%EF%BC%8Csigning', ['talk', 'signing']], // fullwidth comma ，
    ['kinds=talk%00', []], // a NUL stays a character: no kind has it
    ['kinds=%00talk', []],
    ['kinds=ta%00lk', []],
    ['kinds=talk%0A', ['talk']], // a trailing newline is trimmed
    ['kinds=%ED%A0%80', []], // a lone surrogate's bytes decode to U+FFFD
    ['kinds=%ED%A0%80,talk', ['talk']],
    ['kinds=%FF%FE', []],
    ['kinds=%', []],
    ['kinds=%zz,talk', ['talk']],
    ['kinds=t%C3%A1lk', []], // tálk is not talk
  ] as const)('%s → %j', (query, expected) => {
    expect(kinds(query)).toEqual(expected);
  });

  it.each(Object.entries(INVISIBLES))(
    'an invisible %s around or inside a kind is not there',
    (_, c) => {
      expect(kinds(`kinds=${c}talk`)).toEqual(['talk']);
      expect(kinds(`kinds=talk${c}`)).toEqual(['talk']);
      expect(kinds(`kinds=ta${c}lk,${c}signing${c}`)).toEqual(['talk', 'signing']);
    },
  );

  it('every kind survives every invisible character, and round-trips to the canonical form', () => {
    const noisy = ENGAGEMENT_KINDS.map((k, i) => {
      const cs = Object.values(INVISIBLES);
      return `${cs[i % cs.length]}${k.toUpperCase()}${cs[(i + 3) % cs.length]}`;
    }).join(',');
    const p = parse(`kinds=${noisy}`);
    expect(p.filters.kinds).toEqual([...ENGAGEMENT_KINDS]);
    const written = writeEmbedParams(p).get('kinds');
    expect(written).toBe([...ENGAGEMENT_KINDS].sort().join(','));
  });

  it('very long values: past every limit, nothing throws and only real kinds come out', () => {
    expect(kinds(`kinds=${'a'.repeat(1_000_000)}`)).toEqual([]);
    expect(kinds(`kinds=${'talk,'.repeat(100_000)}signing`)).toEqual(['talk', 'signing']);
    expect(kinds(`kinds=${'x,'.repeat(500)}talk`)).toEqual(['talk']);
    expect(kinds(`kinds=${'%E2%80%8F'.repeat(10_000)}talk`)).toEqual(['talk']);
  });
});

describe('topics=, orgs=, people= (ids) under attack', () => {
  const topics = (q: string) => parse(q).filters.topics;

  it.each([
    ['topics=', []],
    ['topics=a&topics=b', ['a', 'b']],
    ['topics=a&topics=a', ['a']],
    ['topics=__proto__', []], // ids begin with a letter or digit
    ['topics=constructor', ['constructor']], // an id like any other: the visit has none such
    ['topics=a%2Cb', ['a', 'b']],
    ['topics=a%252Cb', []], // "a%2Cb" is no id
    ['topics=a+b', ['a', 'b']],
    [`topics=${enc(MARKUP)}`, []],
    [`topics=${enc('a<b')},c`, ['c']],
    ['topics=economy%E2%80%8F', ['economy']],
    ['topics=%E2%80%AEymonoce', ['ymonoce']], // an override is dropped, never applied
    ['topics=%EF%BD%85conomy', ['economy']],
    ['topics=caf%C3%A9,cafe%CC%81', []], // NFC é and NFD e+◌́ alike: not an id
    ['topics=%D9%82%D9%85%D8%A9', []], // Arabic letters: ids are ASCII
    ['topics=kr-mois:2,a.b_c', ['kr-mois:2', 'a.b_c']],
    ['topics=%00', []],
    ['topics=%ED%A0%80', []],
  ] as const)('%s → %j', (query, expected) => {
    expect(topics(query)).toEqual(expected);
  });

  it('an id at the length limit is kept; one past it is dropped', () => {
    const at = 'a'.repeat(MAX_ID);
    expect(topics(`topics=${at}`)).toEqual([at]);
    expect(topics(`topics=${at}b`)).toEqual([]);
    expect(parse(`orgs=${at},${at}x`).filters.organizations).toEqual([at]);
    expect(parse(`people=${at}x`).filters.people).toEqual([]);
  });

  it('keeps at most 200 ids, from one parameter or many', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `t${i}`);
    expect(topics(`topics=${ids.join(',')}`)).toEqual(ids.slice(0, 200));
    expect(topics(ids.map((id) => `topics=${id}`).join('&'))).toEqual(ids.slice(0, 200));
  });

  it('keeps exactly what a visit file accepts as an id, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const p = parse(new URLSearchParams({ orgs: s }).toString());
        for (const id of p.filters.organizations) {
          expect(v.is(Id, id)).toBe(true);
          expect(isId(id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('sides= under attack', () => {
  it.each([
    ['sides=guest&sides=host', ['guest', 'host']],
    ['sides=HOST,moon', ['host']],
    ['sides=__proto__,constructor', []],
    [`sides=${enc(MARKUP)}`, []],
    ['sides=host%E2%80%8E,%E2%80%8Fother', ['host', 'other']],
  ] as const)('%s → %j', (query, expected) => {
    expect(parse(query).filters.sides).toEqual(expected);
  });
});

describe('one-value parameters under attack', () => {
  it.each([
    // view=
    ['view=', {}],
    ['view=timeline&view=orgchart', { view: 'timeline' }], // the first counts
    ['view=&view=orgchart', { view: 'orgchart' }], // the first non-empty one
    ['view=TimeLine', { view: 'timeline' }],
    [
      'view=%EF%BD%94%EF%BD%89%EF%BD%8D%EF%BD%85%EF%BD%8C%EF%BD%89%EF%BD%8E%EF%BD%85',
      { view: 'timeline' },
    ],
    ['view=%E2%80%8Ftimeline%E2%80%8E', { view: 'timeline' }],
    ['view=timeline%00', {}],
    ['view=__proto__', {}],
    ['view=constructor', {}],
    [`view=${enc(MARKUP)}`, {}],
    ['view=timeline,orgchart', {}],
    // lang=
    ['lang=EN', { lang: 'en' }],
    ['lang=en%E2%80%8E', { lang: 'en' }],
    ['lang=%EF%BD%85%EF%BD%8E', { lang: 'en' }],
    ['lang=en-US', {}],
    ['lang=fr&lang=en', {}], // the first non-empty one, fr, is unknown: the default
    ['lang=__proto__', {}],
    [`lang=${enc(MARKUP)}`, {}],
    // calendar=, theme=, digits=
    ['calendar=Islamic-UmmAlQura', {}],
    ['calendar=ISLAMIC-UMALQURA', { calendar: 'islamic-umalqura' }],
    ['calendar=islamic-umalqura%E2%80%8F', { calendar: 'islamic-umalqura' }],
    ['calendar=islamic%2Dumalqura', { calendar: 'islamic-umalqura' }],
    ['calendar=islamic%252Dumalqura', {}],
    ['calendar=__proto__', {}],
    ['calendar=constructor', {}],
    [`calendar=${enc(MARKUP)}`, {}],
    ['theme=DARK', { theme: 'dark' }],
    ['theme=constructor', {}],
    ['digits=ARAB', { digits: 'arab' }],
    // sel=
    ['sel=MEETING:m1', { selection: { type: 'meeting', id: 'm1' } }],
    ['sel=meeting:m1%E2%80%8F', { selection: { type: 'meeting', id: 'm1' } }],
    ['sel=__proto__:x', {}],
    ['sel=constructor:x', {}],
    ['sel=meeting:__proto__', {}],
    [`sel=meeting:${enc(MARKUP)}`, {}],
    ['sel=meeting:a%00', {}],
    // flags
    ['embed=1&embed=0', { flags: { ...DEFAULTS.flags, embed: true } }],
    ['embed=TRUE', { flags: { ...DEFAULTS.flags, embed: true } }],
    ['embed=%E2%80%8F1', { flags: { ...DEFAULTS.flags, embed: true } }],
    ['embed=__proto__', {}],
    [`embed=${enc(MARKUP)}`, {}],
  ] as const)('%s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
  });
});

describe('visit= under attack', () => {
  const visit = (q: string) => parse(q).visit;

  it.each([
    ['visit=', null],
    ['visit=&visit=uae-2023', 'uae-2023'], // never the default visit for an address naming one
    ['visit=uae-2023&visit=korea-2022', 'uae-2023'],
    ['visit=uae-2023%E2%80%8F', 'uae-2023'], // copied from Arabic text: a trailing RLM
    ['visit=%E2%80%AEuae-2023', 'uae-2023'],
    ['visit=%EF%BB%BFuae-2023', 'uae-2023'],
    ['visit=+uae-2023+', 'uae-2023'],
    ['visit=%EF%BD%95ae-2023', 'uae-2023'], // fullwidth ｕ
    ['visit=UAE-2023', 'UAE-2023'], // ids keep their case: an unknown visit, said so
    ['visit=__proto__', '__proto__'], // as written, for the notice to quote (visits/list.ts)
    [`visit=${enc(MARKUP)}`, MARKUP],
    ['visit=%ED%A0%80', '\uFFFD\uFFFD\uFFFD'], // each byte of a lone surrogate's is U+FFFD
  ] as const)('%s → %j', (query, expected) => {
    expect(visit(query)).toBe(expected);
  });

  it('a very long visit= is kept whole, as text, for the notice to quote (cut there)', () => {
    expect(visit(`visit=${'x'.repeat(100_000)}`)).toHaveLength(100_000);
  });
});

describe('data= under attack', () => {
  it.each([
    ['data=', null],
    ['data=&data=v.json', 'v.json'],
    ['data=a.json&data=b.json', 'a.json'], // one file: the first, the one main.ts prefetches
    ['data=+v.json', ' v.json'], // as written: judged as the browser reads it (dataUrl.ts)
    [`data=${enc(MARKUP)}`, MARKUP],
  ] as const)('%s → %j', (query, expected) => {
    expect(parse(query).data).toBe(expected);
  });
});

describe('from= / to= under attack (read, or ignored; never a throw)', () => {
  it.each([
    'from=%D9%A2%D9%A0%D9%A2%D9%A2-%D9%A1%D9%A0-%D9%A0%D9%A4&to=%D9%A2%D9%A0%D9%A2%D9%A2-%D9%A1%D9%A0-%D9%A0%D9%A7',
    'from=&to=',
    'from=2022-10-04&from=2022-10-05&to=2022-10-07',
    'from=__proto__&to=constructor',
    `from=${enc(MARKUP)}&to=2022-10-07`,
    'from=2022-10-04%00&to=2022-10-07',
    `from=${'9'.repeat(100_000)}&to=2022-10-07`,
    'from=%ED%A0%80&to=%ED%A0%80',
  ])('%s gives a range of real instants or none', (query) => {
    const { range } = parse(query);
    if (range) {
      expect(range.every(Number.isFinite)).toBe(true);
      expect(range[0]).toBeLessThan(range[1]);
    }
  });
});

describe('the whole address', () => {
  it('cleanValue leaves a clean value as it is, and is idempotent', () => {
    for (const s of ['talk', 'uae-2023', 'islamic-umalqura', 'a:b.c_d'])
      expect(cleanValue(s)).toBe(s);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(cleanValue(cleanValue(s))).toBe(cleanValue(s));
      }),
    );
  });

  it('never throws, and every value is one the app knows, for any query at all', () => {
    const keys = [
      'view',
      'lang',
      'sel',
      'topics',
      'orgs',
      'people',
      'sides',
      'kinds',
      'from',
      'to',
    ];
    const key = fc.constantFrom(...keys, 'calendar', 'theme', 'digits', 'embed', 'visit', 'data');
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('__proto__', 'constructor', MARKUP, '%252C', '\u202Etalk', 'ＴＡＬＫ'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const p = parseEmbedParams(new URLSearchParams(pairs));
        expect(['both', 'timeline', 'orgchart']).toContain(p.view);
        expect(['ar', 'en']).toContain(p.lang);
        for (const k of p.filters.kinds) expect(ENGAGEMENT_KINDS).toContain(k);
        for (const list of [p.filters.topics, p.filters.organizations, p.filters.people])
          for (const id of list) expect(isId(id)).toBe(true);
        if (p.selection) expect(isId(p.selection.id)).toBe(true);
        // What it writes back reads back the same (lists in the writer's sorted order).
        const sorted = (x: typeof p) => ({
          ...x,
          flags: p.flags,
          filters: Object.fromEntries(
            Object.entries(x.filters).map(([k, list]) => [k, [...list].sort()]),
          ),
        });
        expect(sorted(parseEmbedParams(writeEmbedParams(p)))).toEqual(sorted(p));
      }),
      { numRuns: 300 },
    );
  });
});
