/**
 * The benchmark's data: one seeded synthetic visit per size (the shared generator,
 * `src/lib/model/synthetic.ts`, same seed for every size), written as Ziyara visit JSON, and
 * the same visit converted once (here, not in the page) to each peer's own input format, so no
 * tool pays for another's format in its time to ready.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateInterval } from '../src/lib/model/dates';
import { parseVisit } from '../src/lib/model/parseVisit';
import type { Visit } from '../src/lib/model/schema';
import { generateVisit } from '../tests/fixtures/synthetic';

export const SEED = 20221004;

const ar = (t: Record<string, string> | undefined) =>
  t ? (t.ar ?? Object.values(t)[0] ?? '') : '';

/** vis-timeline DataSet items (meetings and context events, as Ziyara shows): Arabic content, floating-UTC ms (the page runs in UTC). */
function toVis(visit: Visit) {
  const items: { id: string; content: string; start: number; end?: number; type: string }[] = [];
  for (const m of [...visit.meetings, ...(visit.events ?? [])]) {
    const iv = dateInterval(m.date);
    if (!iv) continue;
    const range = iv.end - iv.start > 60_000;
    items.push({
      id: m.id,
      content: ar(m.title),
      start: iv.start,
      ...(range ? { end: iv.end } : {}),
      type: range ? 'range' : 'box',
    });
  }
  return { items };
}

/** TimelineJS JSON: one event per meeting and context event, Arabic headline, wall-clock date parts. */
function toTimelineJS(visit: Visit) {
  const parts = (ms: number) => {
    const d = new Date(ms);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    };
  };
  const events = [];
  for (const m of [...visit.meetings, ...(visit.events ?? [])]) {
    const iv = dateInterval(m.date);
    if (!iv) continue;
    events.push({
      unique_id: m.id,
      start_date: parts(iv.start),
      end_date: parts(iv.end - 60_000),
      text: { headline: ar(m.title), text: ar(m.summary) },
    });
  }
  return { title: { text: { headline: ar(visit.title) } }, events };
}

/**
 * d3-org-chart wants one root: the visit itself, above the two sides' trees (one node more than
 * Ziyara's forest).
 */
function toOrgChart(visit: Visit) {
  const nodes = [{ id: '__visit', parentId: '', name: ar(visit.title), kind: '', side: '' }];
  for (const o of visit.organizations)
    nodes.push({
      id: o.id,
      parentId: o.parent ?? '__visit',
      name: ar(o.name),
      kind: o.kind,
      side: o.side,
    });
  return nodes;
}

export interface DataSet {
  /** Size → file names under the data folder. */
  timeline: Record<number, { visit: string; vis: string; timelinejs: string }>;
  orgchart: Record<number, { visit: string; d3org: string }>;
  bytes: Record<string, number>;
}

export function writeData(outDir: string, timelineSizes: number[], orgSizes: number[]): DataSet {
  mkdirSync(outDir, { recursive: true });
  const set: DataSet = { timeline: {}, orgchart: {}, bytes: {} };
  const write = (name: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(join(outDir, name), text);
    set.bytes[name] = Buffer.byteLength(text);
    return name;
  };
  const check = (visit: Visit, what: string) => {
    const r = parseVisit(visit);
    if (!r.ok)
      throw new Error(
        `generated ${what} is not a valid visit: ${r.errors
          .slice(0, 3)
          .map((e) => e.message)
          .join('; ')}`,
      );
  };
  for (const n of timelineSizes) {
    const visit = generateVisit({ seed: SEED, meetings: n });
    check(visit, `timeline visit of ${n} meetings`);
    set.timeline[n] = {
      visit: write(`timeline-${n}.visit.json`, visit),
      vis: write(`timeline-${n}.vis.json`, toVis(visit)),
      timelinejs: write(`timeline-${n}.timelinejs.json`, toTimelineJS(visit)),
    };
  }
  for (const n of orgSizes) {
    const visit = generateVisit({ seed: SEED, meetings: 10, organizations: n, people: 20 });
    check(visit, `org chart visit of ${n} organizations`);
    set.orgchart[n] = {
      visit: write(`orgchart-${n}.visit.json`, visit),
      d3org: write(`orgchart-${n}.d3org.json`, toOrgChart(visit)),
    };
  }
  return set;
}
