/**
 * The Korea visit opens on 30 September to 10 October 2022, where none of its 13 context events
 * lies: the context-event band says so instead of standing blank, and offers to show them all.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
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

describe('a band whose items all lie outside the range shown', () => {
  it.each([
    ['en', '13 outside this range', 'Show all'],
    ['ar', '13 خارج هذا المدى', 'عرض الكل'],
  ] as const)('says so and offers to show them (%s)', async (lang, note, action) => {
    render(TimelineHarness, { view: new ViewState({ lang }), index });
    await screen.findByTestId('tl-svg');
    const notes = await screen.findAllByTestId('tl-band-note');
    expect(notes.map((n) => n.textContent)).toEqual([note]);
    const button = screen.getByRole('button', { name: action });
    expect(button.getAttribute('data-export')).toBe('skip');
    await userEvent.setup().click(button);
    // Everything shown: the events are in range, the note is gone.
    await expect.poll(() => screen.queryAllByTestId('tl-band-note').length).toBe(0);
  });
});
