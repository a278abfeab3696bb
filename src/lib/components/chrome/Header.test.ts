import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitIndex } from '../../model/derive';
import type { Visit } from '../../model/schema';
import { ViewState } from '../../state/view.svelte';
import Harness from './Harness.test.svelte';
import Header from './Header.svelte';

afterEach(cleanup);

const country = (code: string, en: string, ar: string) => ({ code, name: { en, ar } });

/** Only what the masthead reads: a tour of two host countries with a third country. */
const tour = {
  schemaVersion: 2,
  id: 'tour',
  title: { en: 'Minister Lee Sang-min tours the Gulf', ar: 'جولة الوزير لي سانغ-مين في الخليج' },
  summary: { en: 'A two-country tour.', ar: 'جولة في بلدين.' },
  guest: country('AE', 'United Arab Emirates', 'الإمارات العربية المتحدة'),
  hosts: [country('SA', 'Saudi Arabia', 'السعودية'), country('QA', 'Qatar', 'قطر')],
  others: [country('JP', 'Japan', 'اليابان')],
  dates: { precision: 'day', start: '2024-03-04', end: '2024-03-05' },
} as unknown as Visit;

function show(lang: 'ar' | 'en', visit: Visit = tour) {
  const view = new ViewState({ lang });
  render(Harness, {
    props: { view, index: { visit } as VisitIndex, component: Header },
  });
  return screen.getByTestId('kicker');
}

/** The kicker's visible words in document order (what is read left to right in LTR). */
const shown = (kicker: HTMLElement) =>
  [...kicker.querySelectorAll('.side, .arrow, .sep')].map((e) => e.textContent?.trim());

describe('Header: who visited whom', () => {
  it('English: the arrow points from the guest to the hosts, in the reading direction', () => {
    const kicker = show('en');
    expect(shown(kicker)).toEqual([
      'United Arab Emirates',
      '→',
      'Saudi Arabia',
      '·',
      'Qatar',
      'Japan',
    ]);
    // Read aloud (the arrow and dots are hidden): "United Arab Emirates visiting Saudi Arabia,
    // Qatar with Japan".
    const text = kicker.textContent ?? '';
    const at = [
      'United Arab Emirates',
      'visiting',
      'Saudi Arabia',
      ', ',
      'Qatar',
      'with',
      'Japan',
    ].map((w) => text.indexOf(w));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
  });

  it('Arabic (right to left): the same order, the arrow drawn pointing left', () => {
    const kicker = show('ar');
    expect(shown(kicker)).toEqual([
      'الإمارات العربية المتحدة',
      '←',
      'السعودية',
      '·',
      'قطر',
      'اليابان',
    ]);
    expect(kicker.textContent).toContain('في زيارة إلى');
    expect(kicker.textContent).toContain('وبمشاركة');
  });

  it('one host, no third country: no separator, no "with"', () => {
    const kicker = show('en', { ...tour, hosts: [tour.hosts[0]!], others: undefined });
    expect(shown(kicker)).toEqual(['United Arab Emirates', '→', 'Saudi Arabia']);
    expect(kicker.textContent).not.toContain('with');
  });

  it('more than two third countries: counted in the kicker, named under About', async () => {
    const others = [
      country('JP', 'Japan', 'اليابان'),
      country('DK', 'Denmark', 'الدنمارك'),
      country('US', 'United States', 'الولايات المتحدة'),
    ];
    const kicker = show('en', { ...tour, others });
    expect(kicker.textContent).toContain('with 3 other countries');
    expect(kicker.textContent).not.toContain('Denmark');
    const also = screen.getByText(/Also taking part/);
    expect(also).not.toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'About this visit' }));
    expect(also).toBeVisible();
    expect(also.textContent?.replace(/\s+/g, ' ')).toContain('Japan, Denmark, United States');
  });

  it('the dates come from formatDateSpec', () => {
    expect(show('en').textContent).toContain('4–5 March 2024');
  });
});

describe('Header: headline and about', () => {
  it('keeps a hyphenated name whole, with the hyphen-minus copied as typed', () => {
    show('en');
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent?.trim()).toBe('Minister Lee Sang-min tours the Gulf');
    const whole = h1.querySelector('.whole');
    expect(whole?.textContent).toBe('Sang-min');
  });

  it('"About this visit" opens and closes the summary by keyboard', async () => {
    show('en');
    const about = screen.getByRole('button', { name: 'About this visit' });
    const dek = document.getElementById(about.getAttribute('aria-controls')!)!;
    expect(within(dek).getByText('A two-country tour.')).toBeTruthy();
    expect(about).toHaveAttribute('aria-expanded', 'false');
    expect(dek.classList.contains('clamped')).toBe(true);
    about.focus();
    await userEvent.keyboard('{Enter}');
    expect(about).toHaveAttribute('aria-expanded', 'true');
    expect(dek.classList.contains('clamped')).toBe(false);
    await userEvent.keyboard(' ');
    expect(about).toHaveAttribute('aria-expanded', 'false');
  });
});
