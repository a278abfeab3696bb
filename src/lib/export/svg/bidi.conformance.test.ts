// @vitest-environment node
/**
 * The outlined export's bidi against the Unicode conformance files (UAX #9, section 4.3):
 * resolved levels and visual order for each test line. Runs a subset shipped in
 * tests/fixtures/unicode/ (see its README); with UNICODE_DATA set to a folder holding the
 * whole files (Debian's unicode-data: /usr/share/unicode), runs those.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstStrong, resolveLevels, visualRuns, type BaseDir } from './bidi';

const dir = process.env.UNICODE_DATA;
const read = (name: string) =>
  readFileSync(
    dir
      ? join(dir, `${name}.txt`)
      : new URL(`../../../../tests/fixtures/unicode/${name}-subset.txt`, import.meta.url),
    'utf8',
  ).split('\n');

/**
 * What `text` gives: levels per code point ('x' where the test expects none) and the visual
 * order of the code points that have a level.
 */
function run(text: string, base: BaseDir, expected: string[]) {
  const units: number[] = [];
  let at = 0;
  for (const ch of text) {
    units.push(at);
    at += ch.length;
  }
  const levels = resolveLevels(text, base);
  const got = units.map((u, k) => (expected[k] === 'x' ? 'x' : String(levels[u])));
  const pointOf = new Map(units.map((u, k) => [u, k]));
  const order: number[] = [];
  for (const r of visualRuns(text, base)) {
    const points: number[] = [];
    for (let u = r.start; u < r.end; u++) {
      const k = pointOf.get(u);
      if (k !== undefined && expected[k] !== 'x') points.push(k);
    }
    order.push(...(r.level % 2 ? points.reverse() : points));
  }
  return { levels: got.join(' '), order: order.join(' ') };
}

const baseOf = (text: string, field: string): BaseDir =>
  field === '0' ? 'ltr' : field === '1' ? 'rtl' : (firstStrong(text) ?? 'ltr');

/** Failing lines, at most a few, each with what was expected and what came out. */
function failures(cases: Iterable<[string, () => { want: string; got: string }]>) {
  const out: string[] = [];
  let count = 0;
  for (const [where, check] of cases) {
    count++;
    const { want, got } = check();
    if (want !== got && out.length < 5) out.push(`${where}\n  expected ${want}\n  got      ${got}`);
  }
  return { count, out };
}

describe('Unicode bidi conformance', () => {
  it('BidiCharacterTest: levels and visual order of every test line', () => {
    const lines = read('BidiCharacterTest');
    const cases = function* (): Generator<[string, () => { want: string; got: string }]> {
      for (const [i, line] of lines.entries()) {
        if (!line || line.startsWith('#')) continue;
        const [points, para, paraLevel, levels, order] = line.split(';');
        const text = String.fromCodePoint(...points!.split(' ').map((h) => parseInt(h, 16)));
        const base = baseOf(text, para!);
        const expected = levels!.split(' ');
        yield [
          `line ${i + 1}: ${points} (${para})`,
          () => {
            const r = run(text, base, expected);
            return {
              want: `${paraLevel} | ${levels} | ${order!.trim()}`,
              got: `${base === 'rtl' ? 1 : 0} | ${r.levels} | ${r.order}`,
            };
          },
        ];
      }
    };
    const { count, out } = failures(cases());
    expect(count).toBeGreaterThan(dir ? 90_000 : 6_000);
    expect(out).toEqual([]);
  });

  it('BidiTest: levels and visual order of every class sequence, in each direction listed', () => {
    // One character of each bidi class, as the file's header suggests.
    // prettier-ignore
    const rep: Record<string, string> = {
      L: 'A', R: '\u05d0', AL: '\u06d5', EN: '0', ES: '+', ET: '#', AN: '\u0660', CS: ',',
      NSM: '\u036f', BN: '\u00ad', B: '\u2029', S: '\t', WS: ' ', ON: '!', LRE: '\u202a',
      LRO: '\u202d', RLE: '\u202b', RLO: '\u202e', PDF: '\u202c', LRI: '\u2066', RLI: '\u2067',
      FSI: '\u2068', PDI: '\u2069',
    };
    const lines = read('BidiTest');
    const cases = function* (): Generator<[string, () => { want: string; got: string }]> {
      let levels: string[] = [];
      let order = '';
      for (const [i, line] of lines.entries()) {
        if (!line || line.startsWith('#')) continue;
        const at = /^@(Levels|Reorder):\s*(.*)$/.exec(line);
        if (at) {
          if (at[1] === 'Levels') levels = at[2]!.trim().split(/\s+/);
          else order = at[2]!.trim().split(/\s+/).join(' ');
          continue;
        }
        const [classes, bits] = line.split(';');
        const text = classes!
          .trim()
          .split(/\s+/)
          .map((c) => rep[c])
          .join('');
        const want = `${levels.join(' ')} | ${order}`;
        for (const [bit, para] of [
          [1, '2'],
          [2, '0'],
          [4, '1'],
        ] as const) {
          if (!(Number(bits) & bit)) continue;
          yield [
            `line ${i + 1}: ${classes!.trim()} (${para})`,
            () => {
              const r = run(text, baseOf(text, para), levels);
              return { want, got: `${r.levels} | ${r.order}` };
            },
          ];
        }
      }
    };
    const { count, out } = failures(cases());
    expect(count).toBeGreaterThan(dir ? 700_000 : 15_000);
    expect(out).toEqual([]);
  });
});
