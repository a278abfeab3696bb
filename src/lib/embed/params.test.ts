// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULTS,
  FLOATING_MAX,
  FLOATING_MIN,
  formatFloating,
  historyAction,
  parseEmbedParams,
  parseFloating,
  writableRange,
  writeEmbedParams,
  type UrlState,
} from './params';
import { judgeDataUrl } from './dataUrl';
import { baseScale, timelineDomain, type TimelineEntry } from '../layout/timeline';

const parse = (q: string) => parseEmbedParams(new URLSearchParams(q));
const ms = (s: string) => Date.parse(`${s}Z`);

describe('parseEmbedParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULTS);
  });

  it.each([
    ['view=timeline', { view: 'timeline' }],
    ['view=orgchart', { view: 'orgchart' }],
    ['lang=en', { lang: 'en' }],
    ['digits=arab', { digits: 'arab' }],
    ['calendar=islamic-umalqura', { calendar: 'islamic-umalqura' }],
    ['theme=dark', { theme: 'dark' }],
    ['sel=meeting:meeting-lee-young', { selection: { type: 'meeting', id: 'meeting-lee-young' } }],
    ['sel=person:a:b', { selection: { type: 'person', id: 'a:b' } }],
    ['data=fixtures/v.json', { data: 'fixtures/v.json' }],
    ['data=https://example.org/v.json', { data: 'https://example.org/v.json' }],
    [
      'from=2022-10-04&to=2022-10-07T18:30',
      { range: [ms('2022-10-04T00:00'), ms('2022-10-07T18:30')] },
    ],
  ])('reads %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
  });

  it('reads filters, dropping duplicates, blanks and unknown sides and kinds', () => {
    const p = parse(
      'topics=b,a,a,,c&orgs=kr-mois&people=x&sides=host,moon,other&kinds=talk,nap,signing,talk',
    );
    expect(p.filters).toEqual({
      topics: ['b', 'a', 'c'],
      organizations: ['kr-mois'],
      people: ['x'],
      sides: ['host', 'other'],
      kinds: ['talk', 'signing'],
    });
  });

  it.each([
    ['embed=1', true],
    ['embed=true', true],
    ['embed', true],
    ['embed=0', false],
    ['embed=no', false],
  ])('reads the flag %s as %s', (query, value) => {
    expect(parse(query).flags.embed).toBe(value);
  });

  it.each([
    'view=gantt',
    'lang=fr',
    'digits=roman',
    'calendar=islamic',
    'calendar=julian',
    'theme=sepia',
    'sel=meeting',
    'sel=:x',
    'sel=planet:x',
    `sel=meeting:${'x'.repeat(65)}`,
    'sel=meeting:a b',
    'from=2022-10-07&to=2022-10-04',
    'from=2022-10-04',
    'from=2022-02-30&to=2022-03-02',
    'from=2022-13-01&to=2023-01-02',
    'from=2022-10-04T25:00&to=2022-10-05',
    'from=yesterday&to=today',
  ])('ignores the invalid %s', (query) => {
    expect(parse(query)).toEqual(DEFAULTS);
  });

  it.each([
    'javascript:alert(1)',
    'data:application/json,{}',
    ' data:application/json,{}',
    'blob:https://x/1',
    'a'.repeat(2001),
  ])('keeps data=%j as written, for judgeDataUrl to refuse', (raw) => {
    // Judging belongs to one place, on the resolved URL (dataUrl.ts); not to a regex here.
    expect(parse(new URLSearchParams({ data: raw }).toString()).data).toBe(raw);
    expect(judgeDataUrl(raw, 'https://news.example/').kind).toBe('refused');
  });

  it('ignores unknown keys', () => {
    expect(parse('utm_source=x&__proto__=1&constructor=2')).toEqual(DEFAULTS);
  });
});

describe('floating times', () => {
  it.each([
    ['2022-10-04', '2022-10-04'],
    ['2022-10-04T08:30', '2022-10-04T08:30'],
    ['2022-10-04T08:30:15', '2022-10-04T08:30:15'],
    ['2022-10-04T08:00:00', '2022-10-04T08:00'],
  ])('%s round-trips as %s', (input, output) => {
    expect(formatFloating(parseFloating(input))).toBe(output);
  });

  it('rounds to whole seconds', () => {
    expect(formatFloating(ms('2022-10-04T08:30:15') + 499)).toBe('2022-10-04T08:30:15');
  });

  it.each(['0000-01-01', '0001-02-03T04:05', '0050-06-15', '0099-12-31T23:59:59', '0100-03-01'])(
    'reads the year of %s as written, not as 19xx',
    (s) => {
      const t = parseFloating(s);
      expect(new Date(t).getUTCFullYear()).toBe(Number(s.slice(0, 4)));
      expect(formatFloating(t)).toBe(s);
    },
  );

  it.each(['0000-02-29', '0004-02-29', '2000-02-29'])('%s is a real day (leap year)', (s) =>
    expect(parseFloating(s)).not.toBeNaN(),
  );

  it.each(['0100-02-29', '1900-02-29', '2022-10-04T08:30:60', '2022-10-04T08:60', '+02022-10-04'])(
    '%s is not a real instant',
    (s) => expect(parseFloating(s)).toBeNaN(),
  );

  it('writes nothing outside years 0000–9999, which it could not read back', () => {
    expect(formatFloating(FLOATING_MIN - 400 * 365 * 86_400_000)).toBe('0000-01-01');
    expect(formatFloating(FLOATING_MAX + 400 * 365 * 86_400_000)).toBe('9999-12-31T23:59:59');
  });
});

describe('from/to round-trip for every range the timeline can show', () => {
  const HOUR = 3_600_000;
  const year = (y: number) => parseFloating(`${String(y).padStart(4, '0')}-01-01`);
  const roundTrip = (range: [number, number]) =>
    parseEmbedParams(writeEmbedParams({ ...DEFAULTS, range })).range;

  it.each([
    [[year(1), year(99)]],
    [[year(0), year(10)]],
    [[year(50) + 5 * HOUR, year(50) + 6 * HOUR]],
    [[year(9999), FLOATING_MAX]],
  ] as [number, number][][])('%j reads back as written', (range) => {
    expect(roundTrip(range)).toEqual(range);
  });

  it('moves a range that oversteps the years inside them, keeping its length', () => {
    const span = 10 * HOUR;
    expect(roundTrip([FLOATING_MIN - span - HOUR, FLOATING_MIN - HOUR])).toEqual([
      FLOATING_MIN,
      FLOATING_MIN + span,
    ]);
    expect(roundTrip([FLOATING_MAX - HOUR, FLOATING_MAX + HOUR])).toEqual([
      FLOATING_MAX - 2 * HOUR,
      FLOATING_MAX,
    ]);
    const centuries = 500 * 365 * 86_400_000;
    expect(roundTrip([FLOATING_MIN - centuries, FLOATING_MAX + centuries])).toEqual([
      FLOATING_MIN,
      FLOATING_MAX,
    ]);
  });

  /**
   * The range TimelineChartState.rangeOf gives for a visit spanning `[y0, y1]` at zoom `k`
   * (1 … maxK, where maxK shows one hour) and a pan that keeps the domain over the view, as
   * TimeZoom does: the same base scale, the same limits.
   */
  const visibleRange = fc
    .record({
      start: fc.integer({ min: FLOATING_MIN, max: FLOATING_MAX }),
      length: fc.oneof(
        fc.integer({ min: 0, max: 2 * HOUR }),
        fc.integer({ min: 0, max: FLOATING_MAX - FLOATING_MIN }),
      ),
      width: fc.integer({ min: 120, max: 6000 }),
      rtl: fc.boolean(),
      zoom: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
      pan: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    })
    .map(({ start, length, width, rtl, zoom, pan }) => {
      const end = Math.min(FLOATING_MAX, start + length);
      const entries = [{ interval: { start, end } } as TimelineEntry];
      const domain = timelineDomain(entries);
      const maxK = Math.max(1, (domain[1] - domain[0]) / HOUR);
      const k = 1 + zoom * (maxK - 1);
      const x = pan * (width - width * k); // [width - width·k, 0]: the domain covers the view
      const base = baseScale(domain, width, rtl ? 'rtl' : 'ltr');
      const a = +base.invert((0 - x) / k);
      const b = +base.invert((width - x) / k);
      return (a < b ? [a, b] : [b, a]) as [number, number];
    });

  it('write → read gives the range written, and writing it again gives the same link', () => {
    let outside = 0;
    let oneHour = 0;
    fc.assert(
      fc.property(visibleRange, (range) => {
        const q = writeEmbedParams({ ...DEFAULTS, range });
        const back = parseEmbedParams(q).range;
        expect(back).toEqual(writableRange(range));
        expect(writeEmbedParams({ ...DEFAULTS, range: back }).toString()).toBe(q.toString());
        const [a, b] = back!;
        if (range[0] >= FLOATING_MIN && range[1] <= FLOATING_MAX) {
          // Inside the years: the same range, to the second.
          expect(Math.abs(a - range[0])).toBeLessThanOrEqual(500);
          expect(Math.abs(b - range[1])).toBeLessThanOrEqual(500);
        } else outside++;
        if (Math.abs(range[1] - range[0] - HOUR) < 1000) oneHour++;
        // Never longer than the view, nor (but for rounding) shorter.
        expect(b - a).toBeLessThanOrEqual(Math.max(1000, Math.round(range[1] - range[0]) + 1000));
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both limits: ranges past year 0 or 9999, and the one-hour zoom.
    expect(outside).toBeGreaterThan(0);
    expect(oneHour).toBeGreaterThan(0);
  });
});

describe('writeEmbedParams', () => {
  const state: UrlState = {
    ...DEFAULTS,
    view: 'timeline',
    lang: 'en',
    theme: 'dark',
    selection: { type: 'meeting', id: 'm1' },
    filters: {
      topics: ['b', 'a'],
      organizations: [],
      people: ['p'],
      sides: ['host'],
      kinds: ['site-visit', 'meal'],
    },
    range: [ms('2022-10-04T00:00'), ms('2022-10-05T12:00')],
    data: 'v.json',
  };

  it('writes only what differs from the defaults', () => {
    expect(writeEmbedParams(DEFAULTS).toString()).toBe('');
  });

  it('writes the canonical form, which reads back to the same state', () => {
    const q = writeEmbedParams(state);
    expect(q.toString()).toBe(
      'data=v.json&lang=en&theme=dark&view=timeline&sel=meeting%3Am1&topics=a%2Cb&people=p&sides=host&kinds=meal%2Csite-visit&from=2022-10-04&to=2022-10-05T12%3A00',
    );
    const back = parseEmbedParams(q);
    expect(back).toEqual({
      ...state,
      filters: { ...state.filters, topics: ['a', 'b'], kinds: ['meal', 'site-visit'] },
      flags: DEFAULTS.flags,
    });
  });

  it('keeps foreign keys and replaces known ones', () => {
    const base = new URLSearchParams('utm_source=news&lang=ar&embed=1&sel=person:x');
    const q = writeEmbedParams({ ...DEFAULTS, lang: 'en' }, base);
    expect(q.toString()).toBe('utm_source=news&lang=en');
  });

  it('writes the Hijri calendar, and leaves the Gregorian default out', () => {
    const q = writeEmbedParams({ ...DEFAULTS, calendar: 'islamic-umalqura' });
    expect(q.toString()).toBe('calendar=islamic-umalqura');
    expect(parseEmbedParams(q).calendar).toBe('islamic-umalqura');
    const base = new URLSearchParams('calendar=islamic-umalqura&x=1');
    expect(writeEmbedParams({ ...DEFAULTS, calendar: 'gregory' }, base).toString()).toBe('x=1');
  });

  it('writes the embed flags when given', () => {
    const flags = { embed: true, transparent: false, plain: true };
    expect(writeEmbedParams({ ...DEFAULTS, flags }).toString()).toBe('embed=1&plain=1');
  });
});

describe('historyAction', () => {
  it.each<[string, Partial<UrlState>, 'push' | 'replace']>([
    ['a new selection', { selection: { type: 'person', id: 'p' } }, 'push'],
    ['a new view', { view: 'orgchart' }, 'push'],
    ['a new range', { range: [0, 1000] }, 'replace'],
    ['a new filter', { filters: { ...DEFAULTS.filters, topics: ['t'] } }, 'replace'],
    ['a new language', { lang: 'en' }, 'replace'],
  ])('%s → %s', (_, change, action) => {
    expect(historyAction(DEFAULTS, { ...DEFAULTS, ...change })).toBe(action);
  });

  it('an equal selection in a new object is no new step', () => {
    const a = { ...DEFAULTS, selection: { type: 'meeting' as const, id: 'm' } };
    const b = { ...DEFAULTS, selection: { type: 'meeting' as const, id: 'm' } };
    expect(historyAction(a, b)).toBe('replace');
  });
});
