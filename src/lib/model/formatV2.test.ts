// @vitest-environment node
/**
 * Format version 2 at the gate: both versions read, version 1 errors in version 1 paths,
 * countries resolved once (and refused where nothing can say which), `between` dates, engagement
 * kinds, other-side participants, and a version 1 file migrated losing nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/errorMessages';
import { dateInterval } from './dates';
import { confidenceOf, fieldConfidence, indexVisit } from './derive';
import { migrateV1 } from './migrate';
import { parseVisit, parseVisitText, type ParseResult } from './parseVisit';
import type { Visit, VisitV1 } from './schema';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const v1Text = read('tests/fixtures/valid/minimal.json');
const v2Text = read('tests/fixtures/valid/minimal-v2.json');
const v1 = (): VisitV1 => JSON.parse(v1Text) as VisitV1;
const v2 = (): Visit => JSON.parse(v2Text) as Visit;

const pairs = (r: ParseResult) => (r.ok ? [] : r.errors.map((e) => [e.path, e.kind]));
const ok = (r: ParseResult): Visit => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.visit;
};

describe('both versions', () => {
  it('reads a version 1 file as version 2: one host, countries resolved', () => {
    const r = parseVisitText(v1Text);
    const visit = ok(r);
    expect(r.ok && r.version).toBe(1);
    expect(visit.schemaVersion).toBe(2);
    expect(visit.hosts.map((h) => h.code)).toEqual(['KR']);
    expect('host' in visit).toBe(false);
    expect(visit.organizations.map((o) => o.country)).toEqual(['AE', 'AE']);
    expect(visit.people.map((p) => [p.id, p.country])).toEqual([
      ['guest-minister', 'AE'],
      ['host-minister', 'KR'],
    ]);
  });

  it('keeps version 1 paths in version 1 errors (host, not hosts[0])', () => {
    const text = v1();
    text.host.name = { en: 'Korea\u2029' };
    expect(pairs(parseVisit(text))).toEqual([['host.name.en', 'control-char']]);
  });

  it('judges a file by its version: version 1 has no "between", no side "other", no "hosts"', () => {
    const withHosts = { ...v1(), hosts: [{ code: 'KR', name: { en: 'K' } }] };
    expect(pairs(parseVisit(withHosts))).toEqual([['hosts', 'unknown-key']]);
    const noVersion: Record<string, unknown> = v1();
    delete noVersion.schemaVersion;
    // Its shape is version 1's, so only the version is wrong.
    expect(pairs(parseVisit(noVersion))).toEqual([['schemaVersion', 'missing']]);
    const v2AsOne = { ...v2(), schemaVersion: 1 };
    expect(pairs(parseVisit(v2AsOne))).toContainEqual(['hosts', 'unknown-key']);
  });

  it('reads every bundled visit and valid fixture of either version', () => {
    const files = [
      ...readdirSync(`${ROOT}tests/fixtures/valid`).map((f) => `tests/fixtures/valid/${f}`),
      ...(existsSync(`${ROOT}data/visits`)
        ? readdirSync(`${ROOT}data/visits`).map((f) => `data/visits/${f}`)
        : []),
    ].filter((f) => f.endsWith('.json'));
    for (const f of files) expect(pairs(parseVisitText(read(f))), f).toEqual([]);
  });
});

describe('migrateV1', () => {
  it('changes only the version and the host, in the file order, and leaves its input alone', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const out = migrateV1(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.keys(out)).toEqual(Object.keys(input).map((k) => (k === 'host' ? 'hosts' : k)));
    expect(out.hosts).toEqual([input.host]);
    expect({ ...out, hosts: undefined, schemaVersion: 1 }).toEqual({ ...input, host: undefined });
  });

  const v1Files = [
    'tests/fixtures/valid/minimal.json',
    ...(existsSync(`${ROOT}data/visits`)
      ? readdirSync(`${ROOT}data/visits`)
          .filter((f) => f.endsWith('.json'))
          .map((f) => `data/visits/${f}`)
      : []),
  ].filter((f) => (JSON.parse(read(f)) as { schemaVersion?: number }).schemaVersion === 1);
  it.each(v1Files)(
    '%s migrates to a version 2 file that validates and draws the same items',
    (f) => {
      const text = read(f);
      const written = JSON.stringify(migrateV1(JSON.parse(text) as VisitV1), null, 2);
      const r2 = parseVisitText(written);
      expect(r2.ok && r2.version).toBe(2);
      const a = indexVisit(ok(parseVisitText(text)));
      const b = indexVisit(ok(r2));
      const items = (ix: typeof a) =>
        ix.items.map((it) => [it.type, it.id, it.interval?.start, it.interval?.end]);
      expect(items(b)).toEqual(items(a));
      expect(b.visit).toEqual(a.visit);
      expect([...b.meetingsByPerson]).toEqual([...a.meetingsByPerson]);
    },
  );
});

describe('countries', () => {
  it('inherits from the parent, the organization, or the only country of the side', () => {
    const visit = ok(parseVisitText(v2Text));
    const country = (id: string) =>
      [...visit.organizations, ...visit.people].find((r) => r.id === id)?.country;
    expect(country('kr-agency')).toBe('KR'); // its parent's
    expect(country('kr-official')).toBe('KR'); // its organization's
    expect(country('sg-ministry')).toBe('SG'); // the only other country
    expect(country('guest-minister')).toBe('AE');
    expect(country('un-forum')).toBeUndefined(); // an international body has none
    const ix = indexVisit(visit);
    expect([...ix.countries.values()].map((c) => `${c.code}:${c.side}`)).toEqual([
      'AE:guest',
      'KR:host',
      'JP:host',
      'SG:other',
    ]);
    expect(ix.orgsByCountry.get(null)?.map((o) => o.id)).toEqual(['un-forum']);
    expect(ix.orgsByCountry.get('KR')?.map((o) => o.id)).toEqual(['kr-ministry', 'kr-agency']);
  });

  it('asks for a country only where the side has several and nothing gives one', () => {
    const one = v2();
    one.hosts = one.hosts.slice(0, 1);
    one.organizations = one.organizations.filter((o) => o.id !== 'jp-company');
    one.people = one.people.filter((p) => p.id !== 'jp-host');
    one.meetings = one.meetings.filter((m) => m.id !== 'm-visit');
    one.itinerary = one.itinerary?.slice(0, 1);
    delete one.organizations[1]!.country;
    expect(pairs(parseVisit(one))).toEqual([]);
    const two = v2();
    delete two.organizations[1]!.country;
    delete two.people[3]!.country;
    expect(pairs(parseVisit(two))).toEqual([
      ['organizations[1].country', 'missing-country'],
      ['people[3].country', 'missing-country'],
    ]);
  });

  it('says nothing of countries on a side whose country list has a mistake of its own', () => {
    const bad = v2() as unknown as Record<string, unknown>;
    bad.hosts = 'KR';
    expect(pairs(parseVisit(bad))).toEqual([['hosts', 'type']]);
    const badV1 = v1() as unknown as Record<string, unknown>;
    badV1.host = 'KR';
    expect(pairs(parseVisit(badV1))).toEqual([['host', 'type']]);
  });

  it('an other-side organization needs a country listed in "others", unless it is international', () => {
    const none = v2();
    delete none.others;
    none.organizations = none.organizations.filter((o) => o.id !== 'sg-ministry');
    none.people = none.people.filter((p) => p.id !== 'sg-minister');
    none.meetings[0]!.participants.other = [];
    expect(pairs(parseVisit(none))).toEqual([]);
    none.organizations.push({
      id: 'x',
      name: { en: 'X' },
      side: 'other',
      level: 'national',
      kind: 'ministry',
    });
    const r = parseVisit(none);
    expect(pairs(r)).toEqual([['organizations[5].country', 'missing-country']]);
  });

  it('words the country errors in English and Arabic, naming the countries', () => {
    const two = v2();
    delete two.organizations[1]!.country;
    const r = parseVisit(two);
    const e = r.ok ? undefined : r.errors[0];
    expect(e).toBeDefined();
    expect(describeError(e!, 'en', false).expected).toBe(
      'a "country": the visit has several countries on the host side ("KR", "JP"), so nothing says which',
    );
    expect(describeError(e!, 'ar', false).expected).toBe(
      'حقل "country": للزيارة أكثر من دولة في الجانب المضيف ("KR", "JP")، فلا يُعرف أيّها',
    );
    expect(describeError(e!, 'ar', false).found).toBe('لا شيء: الحقل غير موجود');
  });
});

describe('dates, kinds, participants, confidence', () => {
  it('a between date covers its range, uncertain; v1 dates are not uncertain', () => {
    const i = dateInterval({ precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' });
    expect(i).toEqual({
      start: Date.UTC(2022, 9, 3),
      end: Date.UTC(2022, 9, 10),
      uncertain: true,
    });
    expect(dateInterval({ precision: 'month', start: '2022-10' })).not.toHaveProperty('uncertain');
  });

  it('indexes other-side participants, and records that are not confirmed', () => {
    const ix = indexVisit(ok(parseVisitText(v2Text)));
    expect(ix.meetingsByPerson.get('sg-minister')).toEqual(['m-talks']);
    expect(ix.meetingsByOrg.get('sg-ministry')).toEqual(['m-talks']);
    expect([...ix.confidence]).toEqual([
      ['jp-company', 'likely'],
      ['m-visit', 'likely'],
    ]);
    expect(ix.meetings.get('m-keynote')?.kind).toBe('talk');
    expect(ix.languages).toEqual(['ar', 'en']);
  });

  it('takes the languages from the texts when the file lists none: ar, en, then the others', () => {
    const v = v2();
    delete v.languages;
    v.title = { ko: '투어', en: 'Tour', ar: 'جولة' };
    expect(indexVisit(ok(parseVisit(v))).languages).toEqual(['ar', 'en', 'ko']);
  });

  it('confidence: the weakest entry, per field with the whole record', () => {
    const r = {
      provenance: [
        { field: 'date', confidence: 'likely' as const },
        { field: 'name', confidence: 'unknown' as const },
      ],
    };
    expect(confidenceOf(r)).toBe('unknown');
    expect(fieldConfidence(r, 'date')).toBe('likely');
    expect(fieldConfidence(r, 'title')).toBe('confirmed');
    expect(confidenceOf({})).toBe('confirmed');
  });
});
