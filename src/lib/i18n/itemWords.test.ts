// @vitest-environment node
import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import { timelineVisit } from '../../../tests/fixtures/timelineVisit';
import { parseVisit } from '../model/parseVisit';
import { indexVisit } from '../model/derive';
import { describeItems, joinNames } from './itemWords';
import { facetCounts, matchesFilters } from '../state/filters';

const index = indexVisit(timelineVisit());
const byId = (lang: 'ar' | 'en') =>
  new Map(describeItems(index, lang, 'latn').map((v) => [v.id, v]));

describe('describeItems', () => {
  it('names a meeting by its shown title, then who, when and where, in Arabic and English', () => {
    expect(byId('ar').get('m-koh')!.name).toBe(
      'اجتماع لجنة الذكاء الاصطناعي، مع كوه جيان، 5 أكتوبر 2022، سيئول',
    );
    expect(byId('en').get('m-koh')!.name).toBe(
      'AI committee meeting, with Koh Jian, 5 October 2022, Seoul',
    );
  });

  it('does not repeat who it was with when the title already names them', () => {
    expect(byId('en').get('m-oh')!.name).toMatch(/^Meeting the Mayor of Seoul, with /);
    const visit = timelineVisit();
    visit.meetings.find((m) => m.id === 'm-koh')!.title = { ar: 'لقاء مع كوه جيان' };
    const v = describeItems(indexVisit(visit), 'ar', 'latn').find((x) => x.id === 'm-koh')!;
    expect(v.name).toBe('لقاء مع كوه جيان، 5 أكتوبر 2022، سيئول');
  });

  it('words each precision honestly', () => {
    const ar = byId('ar');
    expect(ar.get('m-month-a')!.date).toBe('أكتوبر 2022 (اليوم غير مذكور)');
    expect(ar.get('m-morning')!.date).toBe('7 أكتوبر 2022، صباحاً');
    expect(ar.get('m-unknown')!.date).toMatch(/^التاريخ غير معروف/);
    expect(ar.get('e-2027')!.name).toBe('حدث سياقي: استراتيجية حتى 2027، نحو 2027');
  });

  it('names a meeting without a host participant by its title alone', () => {
    expect(byId('ar').get('m-month-a')!.name).toMatch(/^زيارة مركز البيانات، أكتوبر 2022/);
  });

  it('puts the venue before the city', () => {
    expect(byId('ar').get('m-oh')!.place).toBe('\u2068مبنى البلدية\u2069، \u2068سيئول\u2069');
    expect(byId('ar').get('m-oh')!.name).toMatch(/، مبنى البلدية، سيئول$/);
  });

  it('keeps the chronological order of the index', () => {
    expect(describeItems(index, 'ar', 'latn').map((v) => v.id)).toEqual(
      index.items.map((i) => i.id),
    );
  });
});

describe('the bundled Korea visit: meetings whose day is not reported', () => {
  const r = parseVisit(structuredClone(korea));
  if (!r.ok) throw new Error('korea-2022.json does not load');
  const ranged = ['meeting-bang-moon-kyu', 'meeting-han-chang-seob'];

  it.each(['ar', 'en'] as const)('are not called "same day" (%s)', (lang) => {
    const views = new Map(describeItems(indexVisit(r.visit), lang, 'latn').map((v) => [v.id, v]));
    for (const id of ranged) {
      const v = views.get(id)!;
      expect(v.sameDay).toBeNull();
      expect(v.name).not.toMatch(/same day|اليوم نفسه/);
      expect(v.date).toMatch(lang === 'en' ? /between 1 and 9 October 2022/ : /9/);
    }
  });
});

describe('filters', () => {
  const views = describeItems(index, 'ar', 'latn');
  const none = {
    topics: new Set<string>(),
    organizations: new Set<string>(),
    people: new Set<string>(),
    sides: new Set<string>(),
  };

  it('passes everything without a filter, and needs one match per active facet', () => {
    expect(views.every((v) => matchesFilters(v, none))).toBe(true);
    const nft = views
      .filter((v) => matchesFilters(v, { ...none, topics: new Set(['nft']) }))
      .map((v) => v.id);
    expect(nft).toEqual(['m-month-b', 'm-oh']); // October (day not reported) starts before the 4th
    const both = views.filter((v) =>
      matchesFilters(v, { ...none, topics: new Set(['nft']), people: new Set(['oh']) }),
    );
    expect(both.map((v) => v.id)).toEqual(['m-oh']);
  });

  it('counts items per value, organizations including the participants’', () => {
    const counts = facetCounts(views);
    expect(counts.topics.get('nft')).toBe(2);
    expect(counts.organizations.get('seoulgov')).toBe(1);
    expect(counts.people.get('omar')).toBe(7);
  });
});

describe('joinNames', () => {
  it('joins with commas and a final "and"', () => {
    expect(joinNames(['أ', 'ب', 'ج'], 'ar')).toBe('أ، ب وج');
    expect(joinNames(['A', 'B'], 'en')).toBe('A and B');
    expect(joinNames([], 'en')).toBe('');
  });
});

describe('v2 words', () => {
  it('names a provenance field in words, with its side', async () => {
    const { fieldWord } = await import('./itemWords');
    expect(fieldWord('participants.host', 'en')).toBe('Participants (Host side)');
    expect(fieldWord('date', 'ar')).toBe('التاريخ');
    expect(fieldWord('custom.thing', 'en')).toBe('custom.thing');
  });

  it('finds the city of a venue through its parent place', async () => {
    const { cityOf } = await import('./itemWords');
    const visit = timelineVisit();
    visit.places.push({ id: 'hall', name: { en: 'City Hall' }, kind: 'venue', parent: 'seoul' });
    const idx = indexVisit(visit);
    expect(cityOf(idx, { place: 'hall' }, 'en')).toBe('Seoul');
    expect(cityOf(idx, { place: 'seoul' }, 'ar')).toBe('سيئول');
    expect(cityOf(idx, undefined, 'en')).toBe('');
  });

  it('keeps the glyphs to the kinds the format has', async () => {
    const { ENGAGEMENT_KINDS } = await import('../layout/kindGlyph');
    const { MEETING_KINDS } = await import('../model/schema');
    expect([...ENGAGEMENT_KINDS]).toEqual([...MEETING_KINDS]);
  });
});
