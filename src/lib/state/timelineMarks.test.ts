// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { parseVisit } from '../model/parseVisit';
import { describeItems } from '../i18n/itemWords';
import minimal from '../../../tests/fixtures/valid/minimal.json';
import { fadedByFilters, selectionMarks, visitSpan } from './timelineMarks';

const parsed = parseVisit(minimal);
if (!parsed.ok) throw new Error('fixture invalid');
const index = indexVisit(parsed.visit);
const views = describeItems(index, 'en', 'latn');
const none = {
  topics: new Set<string>(),
  organizations: new Set<string>(),
  people: new Set<string>(),
  sides: new Set<string>(),
};

describe('timeline marks', () => {
  it('fades nothing without filters, and what a filter leaves out with one', () => {
    expect(fadedByFilters(views, none).size).toBe(0);
    const topic = views.find((v) => v.topics.length)?.topics[0];
    expect(topic).toBeDefined();
    const faded = fadedByFilters(views, { ...none, topics: new Set([topic!]) });
    for (const v of views) expect(faded.has(v.id)).toBe(!v.topics.includes(topic!));
  });

  it('links a person to their meetings and dims the rest', () => {
    const person = parsed.visit.people[0]!;
    const m = selectionMarks(index, { type: 'person', id: person.id });
    expect(m.dimOthers).toBe(true);
    expect(m.selectedId).toBeNull();
    expect([...m.related].sort()).toEqual(
      [...(index.meetingsByPerson.get(person.id) ?? [])].sort(),
    );
  });

  it('marks a selected meeting without dimming', () => {
    const meeting = parsed.visit.meetings[0]!;
    const m = selectionMarks(index, { type: 'meeting', id: meeting.id });
    expect(m).toMatchObject({ selectedId: meeting.id, dimOthers: false });
    expect(m.related.has(meeting.id)).toBe(true);
  });

  it('spans the visit and every meeting', () => {
    const span = visitSpan(index);
    expect(span).not.toBeNull();
    for (const i of index.items.filter((x) => x.type === 'meeting' && x.interval)) {
      expect(i.interval!.start).toBeGreaterThanOrEqual(span!.start);
      expect(i.interval!.end).toBeLessThanOrEqual(span!.end);
    }
  });
});
