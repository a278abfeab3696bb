// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { ViewState } from '../state/view.svelte';
import { DEFAULTS, type UrlState } from './params';
import { applyToView, pruneToIndex, stateFromView } from './viewBinding';

const parsed = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!parsed.ok) throw new Error('bundled visit invalid');
const index = indexVisit(parsed.visit);

describe('pruneToIndex', () => {
  it('keeps the ids the visit has and drops the others', () => {
    const state: UrlState = {
      ...DEFAULTS,
      selection: { type: 'organization', id: 'kr-mois' },
      filters: {
        topics: ['metaverse', 'knitting'],
        organizations: ['kr-busan-city', 'kr-nowhere'],
        people: ['koh-jin', 'nobody'],
        sides: ['host'],
        kinds: ['talk'],
      },
    };
    expect(pruneToIndex(state, index)).toEqual({
      ...state,
      filters: {
        topics: ['metaverse'],
        organizations: ['kr-busan-city'],
        people: ['koh-jin'],
        sides: ['host'],
        kinds: ['talk'],
      },
    });
  });

  it.each([
    ['meeting', 'koh-jin'],
    ['person', 'meeting-koh-jin'],
    ['event', 'nothing'],
  ] as const)('drops a %s selection with the id %s', (type, id) => {
    expect(pruneToIndex({ ...DEFAULTS, selection: { type, id } }, index).selection).toBeNull();
  });
});

describe('applyToView and stateFromView', () => {
  it('round-trip the URL state through the view', () => {
    const view = new ViewState();
    const { flags: _flags, visit: _visit, ...defaults } = DEFAULTS;
    const state: UrlState = {
      ...defaults,
      view: 'orgchart',
      lang: 'en',
      digits: 'arab',
      calendar: 'islamic-umalqura',
      theme: 'dark',
      selection: { type: 'person', id: 'koh-jin' },
      filters: {
        topics: ['metaverse'],
        organizations: [],
        people: [],
        sides: ['guest'],
        kinds: ['signing', 'talk'],
      },
      range: [1, 2],
      data: 'v.json',
    };
    applyToView(view, state);
    expect(stateFromView(view, 'v.json')).toEqual(state);
    applyToView(view, DEFAULTS);
    expect(stateFromView(view, null)).toEqual(stateFromView(new ViewState(), null));
  });
});
