/**
 * A seeded generator of synthetic visits, for tests, the org chart and the benchmark. The same
 * seed always gives the same visit; every visit it makes passes `parseVisit`. Labels are
 * realistic Arabic and English (ministries, Korean and Emirati names, Latin words such as "NFT"
 * inside Arabic), and dates mix every precision.
 */
import type { ContextEvent, DateSpec, Meeting, Organization, Person, Visit } from './schema';
import * as w from './syntheticWords';

export interface SyntheticOptions {
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Number of meetings. */
  meetings: number;
  /** Host organizations in the tree (default 20). */
  organizations?: number;
  /** People on the host side (default twice the organizations). */
  people?: number;
  /** Context events (default max(4, meetings / 15)). */
  events?: number;
  /** First day of the visit, "YYYY-MM-DD" (default 2022-10-03). */
  start?: string;
  /** Days the meetings spread over (default max(5, meetings / 4)). */
  days?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateVisit(opts: SyntheticOptions): Visit {
  const r = rng(opts.seed);
  const int = (n: number) => Math.floor(r() * n);
  const one = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const out = new Set<T>();
    const n = 1 + int(max);
    for (let i = 0; i < n; i++) out.add(one(xs));
    return [...out];
  };

  const nOrgs = Math.max(1, opts.organizations ?? 20);
  const nPeople = Math.max(1, opts.people ?? nOrgs * 2);
  const nMeetings = Math.max(0, opts.meetings);
  const nEvents = opts.events ?? Math.max(4, Math.round(nMeetings / 15));
  const start = Date.parse(`${opts.start ?? '2022-10-03'}T00:00:00Z`);
  const days = Math.max(1, opts.days ?? Math.max(5, Math.ceil(nMeetings / 4)));

  const topics = w.TOPICS.map(([ar, en], i) => ({ id: `t${i}`, label: { ar, en } }));
  const places = w.CITIES.map(([ar, en], i) => ({
    id: `p${i}`,
    name: { ar, en },
    kind: 'city' as const,
    country: 'KR',
  }));
  const sources = [
    {
      id: 's0',
      publisher: { ar: 'وكالة أنباء الإمارات', en: 'Emirates News Agency' },
      title: { ar: 'زيارة رسمية إلى كوريا', en: 'An official visit to Korea' },
      url: 'https://example.org/wam/visit',
      language: 'ar',
      role: 'primary' as const,
    },
    {
      id: 's1',
      publisher: { ar: 'وكالة يونهاب', en: 'Yonhap' },
      title: { ar: 'تغطية الزيارة', en: 'Coverage of the visit' },
      url: 'https://example.org/yonhap/visit',
      language: 'en',
      role: 'corroborating' as const,
    },
  ];

  // Host tree: head of state → ministries and cities → departments and affiliates.
  const organizations: Organization[] = [
    {
      id: 'o0',
      name: { ar: 'مكتب رئيس الجمهورية', en: 'Office of the President' },
      side: 'host',
      level: 'head-of-state',
      kind: 'head-of-state',
    },
  ];
  for (let i = 1; i < nOrgs; i++) {
    const top = i <= w.MINISTRIES.length ? w.MINISTRIES[i - 1] : undefined;
    if (top) {
      const [ar, en, kind] = top;
      const local = kind === 'city';
      organizations.push({
        id: `o${i}`,
        name: { ar, en },
        side: 'host',
        parent: 'o0',
        level: local ? 'local' : 'national',
        kind,
      });
    } else {
      const parent =
        organizations[1 + int(Math.min(w.MINISTRIES.length, i - 1))] ?? organizations[0]!;
      const [ar, en] = one(w.DEPARTMENTS);
      const affiliate = r() < 0.3;
      organizations.push({
        id: `o${i}`,
        name: {
          ar: `${ar} – ${parent.name.ar ?? ''}`.slice(0, 300),
          en: `${en}, ${parent.name.en ?? ''}`.slice(0, 300),
        },
        side: 'host',
        parent: parent.id,
        level: affiliate ? 'affiliate' : parent.level,
        kind: affiliate ? 'foundation' : 'office',
      });
    }
  }
  organizations.push({
    id: 'g0',
    name: { ar: 'الوفد الإماراتي', en: 'UAE delegation' },
    side: 'guest',
    level: 'national',
    kind: 'government',
  });

  const name = (
    given: readonly (readonly [string, string])[],
    family: readonly (readonly [string, string])[],
    korean: boolean,
  ) => {
    const [ga, ge] = one(given);
    const [fa, fe] = one(family);
    return korean
      ? { ar: `${fa} ${ga}`, en: `${fe} ${ge}` }
      : { ar: `${ga} ${fa}`, en: `${ge} ${fe}` };
  };
  const hosts: Person[] = [];
  for (let i = 0; i < nPeople; i++) {
    const org = organizations[i % nOrgs]!;
    const [ta, te] = i < nOrgs ? w.HEAD_TITLES[Math.min(i, 1)]! : one(w.TITLES);
    hosts.push({
      id: `h${i}`,
      name: name(w.KOREAN_GIVEN, w.KOREAN_FAMILY, true),
      title: {
        ar: `${ta} – ${org.name.ar ?? ''}`.slice(0, 300),
        en: `${te}, ${org.name.en ?? ''}`.slice(0, 300),
      },
      organization: org.id,
      side: 'host',
      role: i === 0 ? 'counterpart' : 'official',
    });
  }
  const guests: Person[] = Array.from({ length: Math.max(3, Math.round(nPeople / 6)) }, (_, i) => {
    const [ta, te] = one(w.GUEST_TITLES);
    return {
      id: `v${i}`,
      name: name(w.EMIRATI_GIVEN, w.EMIRATI_FAMILY, false),
      title: { ar: ta, en: te },
      organization: 'g0',
      side: 'guest',
      role: i === 0 ? 'head-of-delegation' : 'delegation-member',
    };
  });

  const dateAt = (day: number, order: number, allowUnknown: boolean): DateSpec => {
    const ms = start + day * DAY;
    const iso = isoDay(ms);
    const roll = r();
    const approximate = r() < 0.08 ? { approximate: true } : {};
    if (allowUnknown && roll < 0.04) return { precision: 'unknown', order };
    if (roll < 0.24) {
      const h = 8 + int(10);
      const m = int(4) * 15;
      const len = 1 + int(3);
      return {
        precision: 'time',
        start: `${iso}T${pad(h)}:${pad(m)}`,
        end: `${iso}T${pad(h + len)}:${pad(m)}`,
        timeZone: 'Asia/Seoul',
        order,
      };
    }
    if (roll < 0.8) {
      const part =
        r() < 0.15 ? { partOfDay: one(['morning', 'afternoon', 'evening'] as const) } : {};
      return { precision: 'day', start: iso, order, ...part, ...approximate };
    }
    if (roll < 0.96) return { precision: 'month', start: iso.slice(0, 7), order, ...approximate };
    return { precision: 'year', start: iso.slice(0, 4), order, ...approximate };
  };

  const meetings: Meeting[] = [];
  for (let i = 0; i < nMeetings; i++) {
    const host = one(hosts);
    const org = organizations.find((o) => o.id === host.organization) ?? organizations[0]!;
    const topic = one(topics);
    const pattern = one(w.MEETING_TITLES);
    const fill = (s: string, lang: 'ar' | 'en') =>
      s
        .replace('{person}', host.name[lang] ?? '')
        .replace('{org}', org.name[lang] ?? '')
        .replace('{topic}', topic.label[lang]);
    const place = one(places);
    meetings.push({
      id: `m${i}`,
      title: { ar: fill(pattern[0], 'ar').slice(0, 300), en: fill(pattern[1], 'en').slice(0, 300) },
      summary: {
        ar: `بحث الجانبان سبل تعزيز التعاون في ${topic.label.ar}، واتفقا على متابعة ما تم بحثه.`,
        en: `The two sides discussed closer cooperation on ${topic.label.en} and agreed to follow up.`,
      },
      date: dateAt(Math.floor((i / Math.max(1, nMeetings)) * days + r() * 0.5), i, true),
      participants: {
        guest: some(guests, 2).map((p) => p.id),
        host: [host.id, ...(r() < 0.3 ? [one(hosts).id] : [])].filter(
          (x, j, xs) => xs.indexOf(x) === j,
        ),
      },
      organizations: [org.id],
      location: {
        place: place.id,
        ...(r() < 0.5 ? { venue: { ar: 'مقر الوزارة', en: 'Ministry headquarters' } } : {}),
      },
      topics: [topic.id, ...(r() < 0.3 ? [one(topics).id] : [])].filter(
        (x, j, xs) => xs.indexOf(x) === j,
      ),
      sources: ['s0'],
    });
  }

  const events: ContextEvent[] = Array.from({ length: nEvents }, (_, i) => {
    const [ar, en, kind] = one(w.EVENT_TITLES);
    const topic = one(topics);
    const spread = days + 3 * 365;
    const day = Math.round((i / Math.max(1, nEvents)) * spread - 120 + r() * 20);
    return {
      id: `e${i}`,
      title: {
        ar: ar.replace('{topic}', topic.label.ar),
        en: en.replace('{topic}', topic.label.en),
      },
      date: dateAt(day, i, false),
      kind,
      organizations: [one(organizations).id],
      topics: [topic.id],
      sources: ['s1'],
    };
  });

  const figures = meetings.slice(0, Math.min(200, Math.ceil(nMeetings / 5))).map((m, i) => ({
    id: `f${i}`,
    value: 1 + int(5000),
    label: ((l) => ({ ar: l[0], en: l[1] }))(one(w.FIGURE_LABELS)),
    subject: { type: 'meeting' as const, id: m.id },
    sources: ['s0'],
  }));

  const end = isoDay(start + (days - 1) * DAY);
  return {
    schemaVersion: 1,
    id: `synthetic-${opts.seed}-${nMeetings}`,
    title: {
      ar: 'زيارة تجريبية إلى جمهورية كوريا',
      en: 'A synthetic visit to the Republic of Korea',
    },
    languages: ['ar', 'en'],
    guest: { code: 'AE', name: { ar: 'الإمارات', en: 'UAE' } },
    host: { code: 'KR', name: { ar: 'كوريا', en: 'Korea' } },
    dates: { precision: 'day', start: isoDay(start), ...(end !== isoDay(start) ? { end } : {}) },
    places,
    sources,
    organizations,
    people: [...guests, ...hosts],
    topics,
    meetings,
    events,
    figures,
  };
}
