/**
 * The legend's swatches on the bundled Korea visit draw the marks they explain: "Month only" is
 * the soft grey span with a diamond that its month- and year-only context events are (no
 * meeting of the visit is a soft blue bar), "Context event" the diamond every event carries.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import TimelineHarness from '../../../../tests/fixtures/TimelineHarness.svelte';
import { fakeLayout } from '../../../../tests/fixtures/fakeLayout';
import { indexVisit } from '../../model/derive';
import { parseVisitText } from '../../model/parseVisit';
import { ViewState } from '../../state/view.svelte';

beforeAll(() => fakeLayout());
afterEach(() => cleanup());

const parsed = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!parsed.ok) throw new Error('the bundled visit does not load');
const index = indexVisit(parsed.visit);

describe('the legend on the Korea visit', () => {
  it.each(['en', 'ar'] as const)(
    'draws each swatch as the marks it explains (%s)',
    async (lang) => {
      render(TimelineHarness, { view: new ViewState({ lang }), index });
      await screen.findByTestId('tl-svg');
      const li = (kind: string) => document.querySelector(`.legend li[data-kind=${kind}]`)!;
      const month = li('month');
      expect(month.querySelector('rect[fill*="soft-event"]')).not.toBeNull();
      expect(month.querySelector('rect[fill*="soft-meeting"]')).toBeNull();
      expect(month.querySelector('path.diamond')).not.toBeNull();
      // In Arabic the swatch runs right to left, as the marks do: the diamond at the span's start.
      const flipped = month.querySelector('g')!.getAttribute('transform')!.includes('matrix(-1');
      expect(flipped).toBe(lang === 'ar');
      // Day-precision events are a diamond alone: no line in their swatch.
      expect(li('event').querySelector('path.diamond')).not.toBeNull();
      expect(li('event').querySelector('rect')).toBeNull();
    },
  );
});
