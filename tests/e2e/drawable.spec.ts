/**
 * The gate's promise in the real browser (issue 12): a fixed-seed sample of generated visits
 * (tests/fixtures/arbitraryVisit.ts), each one served as `?data=/generated-N.json`. Each reaches
 * `ready` without a console error or an uncaught exception, and shows every item it holds:
 * the timeline draws each meeting and event as a mark, or counts it in a "+N" bubble or in the
 * undated row's "+N"; the list view has one row per item, as many meetings as the file; and
 * opening a meeting, a person and an organization in the details panel breaks nothing.
 * tests/unit/drawable.property.test.ts runs thousands more through the same code without a DOM.
 */
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { arbitraryVisit } from '../fixtures/arbitraryVisit';
import { LIMITS, type Visit } from '../../src/lib/model/schema';
import { parseVisit } from '../../src/lib/model/parseVisit';
import { guard } from './guards';
import { waitForState } from './helpers';

const SAMPLE = fc.sample(arbitraryVisit({ maxOrgs: 40, maxMeetings: 60, big: 0.25 }), {
  numRuns: 16,
  seed: 20261201,
});

async function open(page: Page, n: number, visit: Visit, query: string) {
  await page.route(`**/generated-${n}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(visit) }),
  );
  await page.goto(`./?data=/generated-${n}.json${query}`);
  return waitForState(page);
}

/** Marks, bubbles and "+N" counts on the timeline, read from the drawing. */
function drawnItems(page: Page) {
  return page.getByTestId('tl-svg').evaluate((svg) => {
    const number = (s: string | null) =>
      Number(
        (s ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, ''),
      );
    const marks = svg.querySelectorAll('[data-testid=tl-mark]').length;
    let counted = 0;
    for (const c of svg.querySelectorAll('g.cluster'))
      counted += number(c.getAttribute('aria-label'));
    const meetings = svg.querySelectorAll('[data-testid=tl-mark].meeting').length;
    let meetingsCounted = 0;
    for (const c of svg.querySelectorAll('g.cluster.meeting'))
      meetingsCounted += number(c.getAttribute('aria-label'));
    return { total: marks + counted, meetings, meetingsCounted };
  });
}

test.use({ reducedMotion: 'reduce' });

test.describe('generated visits are drawn whole in the browser', () => {
  SAMPLE.forEach((visit, n) => {
    const items = visit.meetings.length + (visit.events?.length ?? 0);
    const lang = n % 2 ? 'en' : 'ar';
    test(`visit ${n}: ${visit.meetings.length} meetings, ${visit.events?.length ?? 0} events, ${visit.organizations.length} organizations (${lang})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const g = guard(page);
      expect(await open(page, n, visit, `&lang=${lang}&view=timeline`)).toBe('ready');
      if (items > 0) {
        // Every item is drawn or counted once the view shows everything (it opens on the
        // visit's own dates, which context events may lie outside of).
        await expect(page.getByTestId('tl-svg')).toBeVisible();
        await page.getByRole('button', { name: /^(كل الأحداث|Everything)$/ }).click();
        await expect.poll(async () => (await drawnItems(page)).total).toBe(items);
        const drawn = await drawnItems(page);
        const dated = visit.meetings.filter((m) => m.date.precision !== 'unknown').length;
        expect(drawn.meetings + drawn.meetingsCounted).toBe(dated);

        // The list view: one row per item, as many meetings as the file holds.
        await page.getByRole('button', { name: /^(قائمة|List)$/ }).click();
        const rows = page.getByTestId('tl-list-row');
        await expect(rows).toHaveCount(items);
        await expect(page.locator('[data-testid=tl-list-row].meeting')).toHaveCount(
          visit.meetings.length,
        );
      }

      // The org chart (small enough to open unfolded, every card drawn): a tree per host and
      // other country (and international bodies), with a card per organization on those sides
      // and one per tree for its people without an organization; a row per such person; the
      // visiting delegation listed beneath. Counted on the visit as the gate hands it on, with
      // every country resolved.
      expect(await open(page, n, visit, `&lang=${lang}&view=orgchart`)).toBe('ready');
      const parsed = parseVisit(visit);
      if (!parsed.ok) throw new Error('the generator made a visit the gate refuses');
      const counterparts = parsed.visit.people.filter((p) => p.side !== 'guest');
      const counterpartOrgs = parsed.visit.organizations.filter((o) => o.side !== 'guest').length;
      const unaffiliated = new Set(
        counterparts.filter((p) => !p.organization).map((p) => p.country ?? 'intl'),
      ).size;
      if (counterpartOrgs + counterparts.length > 0) {
        const chart = page.locator('section.orgchart svg.chart');
        await expect(chart.locator('[role=treeitem][data-item^="o:"]')).toHaveCount(
          counterpartOrgs + unaffiliated,
        );
        await expect(chart.locator('[role=treeitem][data-item^="p:"]')).toHaveCount(
          counterparts.length,
        );
      }
      const guests = visit.people.filter((p) => p.side === 'guest').length;
      await expect(page.locator('section.guests li')).toHaveCount(guests);

      // Both views, and the details panel on what the file has.
      const selections = [
        visit.meetings[0] && `meeting:${visit.meetings[0].id}`,
        visit.events?.[0] && `event:${visit.events[0].id}`,
        visit.people[0] && `person:${visit.people[0].id}`,
        visit.organizations[0] && `organization:${visit.organizations[0].id}`,
      ].filter(Boolean);
      for (const sel of selections) {
        expect(await open(page, n, visit, `&lang=${lang}&sel=${encodeURIComponent(sel!)}`)).toBe(
          'ready',
        );
        await expect(page.getByTestId('details')).toBeVisible();
      }
      expect(g.errors).toEqual([]);
      expect(g.dialogs).toEqual([]);
    });
  });
});

/** A small visit around one meeting, for the cases the property found. */
const tiny = (extra: Partial<Visit>): Visit => ({
  schemaVersion: 2,
  id: 'v',
  title: { en: 'Visit' },
  guest: { code: 'AE', name: { en: 'Guest' } },
  hosts: [{ code: 'KR', name: { en: 'Host' } }],
  dates: { precision: 'day', start: '2022-05-10' },
  places: [],
  sources: [
    {
      id: 's',
      publisher: { en: 'Agency' },
      title: { en: 'Report' },
      language: 'en',
      role: 'primary',
    },
  ],
  organizations: [
    { id: 'o', name: { en: 'Ministry' }, side: 'host', level: 'national', kind: 'ministry' },
  ],
  people: [
    {
      id: 'g',
      name: { en: 'Guest Minister' },
      title: { en: 'Minister' },
      side: 'guest',
      role: 'head-of-delegation',
    },
    {
      id: 'h',
      name: { en: 'Host Minister' },
      title: { en: 'Minister' },
      side: 'host',
      role: 'counterpart',
      organization: 'o',
      sources: ['s', 's'],
    },
  ],
  topics: [],
  meetings: [
    {
      id: 'm',
      title: { en: 'Talks' },
      date: { precision: 'day', start: '2022-05-10' },
      participants: { guest: ['g', 'g'], host: ['h', 'h'] },
      organizations: ['o', 'o'],
      sources: ['s', 's'],
    },
  ],
  ...extra,
});

test.describe('cases the property found', () => {
  test('a person, an organization or a source listed twice: the details still open', async ({
    page,
  }) => {
    const g = guard(page);
    for (const sel of ['meeting:m', 'person:h', 'organization:o']) {
      expect(await open(page, 100, tiny({}), `&lang=en&sel=${sel}`)).toBe('ready');
      await expect(page.getByTestId('details')).toBeVisible();
      // Listed once, as the file means it.
      if (sel === 'meeting:m')
        await expect(
          page.getByTestId('details').getByRole('button', { name: /Guest Minister/ }),
        ).toHaveCount(1);
    }
    expect(g.errors).toEqual([]);
  });

  test('the deepest and the widest organization trees the gate allows are drawn', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const g = guard(page);
    const depth = LIMITS.treeDepth;
    const org = (id: string, parent?: string): Visit['organizations'][number] => ({
      id,
      name: { en: `Organization ${id}`, ar: `جهة ${id}` },
      side: 'host',
      level: 'national',
      kind: 'office',
      ...(parent ? { parent } : {}),
    });
    const chain = Array.from({ length: depth }, (_, i) =>
      org(`c${i}`, i ? `c${i - 1}` : undefined),
    );
    const wide = [org('w'), ...Array.from({ length: 400 }, (_, i) => org(`w${i}`, 'w'))];
    const deepest = `c${depth - 1}`;
    const visit = tiny({
      organizations: [...chain.reverse(), ...wide],
      people: [
        {
          id: 'h',
          name: { en: 'Deep Official' },
          title: { en: 'Clerk' },
          side: 'host',
          role: 'official',
          organization: deepest,
        },
        {
          id: 'g',
          name: { en: 'Guest Minister' },
          title: { en: 'Minister' },
          side: 'guest',
          role: 'head-of-delegation',
        },
      ],
      meetings: [
        {
          id: 'm',
          title: { en: 'Talks' },
          date: { precision: 'day', start: '2022-05-10' },
          participants: { guest: ['g'], host: ['h'] },
          sources: [],
        },
      ],
    });
    for (const lang of ['ar', 'en']) {
      expect(await open(page, 102, visit, `&lang=${lang}&view=orgchart`)).toBe('ready');
      await expect(page.locator('section.orgchart svg.chart')).toBeVisible();
      // The person at the bottom of the chain is reachable: selected, shown in the details.
      expect(await open(page, 102, visit, `&lang=${lang}&sel=person:h`)).toBe('ready');
      await expect(page.getByTestId('details')).toContainText('Deep Official');
    }
    expect(g.errors).toEqual([]);
  });

  // The timeline keys its items by id: it stopped with an uncaught each_key_duplicate (no
  // timeline drawn). The gate now refuses an event id a meeting already has, with its path.
  test('a meeting and an event with the same id: refused with its path, or both drawn', async ({
    page,
  }) => {
    const g = guard(page);
    const visit = tiny({
      events: [
        {
          id: 'm',
          title: { en: 'Founding' },
          kind: 'founding',
          date: { precision: 'day', start: '2022-05-11' },
          sources: [],
        },
      ],
    });
    const state = await open(page, 101, visit, '&lang=en&view=timeline');
    if (state === 'error') {
      await expect(page.getByRole('alert').locator('li').first()).toContainText('events[0].id');
    } else {
      expect(state).toBe('ready');
      await page.getByRole('button', { name: /^List$/ }).click();
      await expect(page.getByTestId('tl-list-row')).toHaveCount(2);
      await expect(page.getByTestId('tl-list')).toContainText('Founding');
      await expect(page.getByTestId('tl-list')).toContainText('Talks');
    }
    expect(g.errors).toEqual([]);
  });
});
