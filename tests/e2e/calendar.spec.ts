/**
 * The Hijri (Umm al-Qura) calendar (issue 15): `?calendar=islamic-umalqura` ticks the axis in
 * Hijri months and days and words every date in Hijri with the Gregorian beside it, in both
 * languages and digit sets; the toggle switches calendars and the address bar follows. The
 * expected words are computed here, in Node, by the same `formatDateSpec` the page runs in
 * Chromium: equal strings mean both runtimes' Intl (ICU) give the same Hijri dates and ranges.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatDateSpec } from '../../src/lib/i18n/format';
import type { Digits, Lang } from '../../src/lib/i18n/locale';
import type { DateSpec } from '../../src/lib/model/schema';

const HIJRI = { calendar: 'islamic-umalqura' } as const;
/** The bundled Korea visit: its span, and the Koh Jin meeting of 5 October 2022. */
const VISIT: DateSpec = {
  precision: 'day',
  start: '2022-10-04',
  end: '2022-10-07',
  approximate: true,
};
const KOH_JIN: DateSpec = { precision: 'day', start: '2022-10-05' };

const ready = async (page: Page, query = '') => {
  await page.goto(`./${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
};
const axisText = (page: Page) => page.getByTestId('tl-svg').locator('.axis text').allTextContents();
const clean = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const kohJin = (page: Page, lang: Lang) =>
  page.getByRole('button', {
    name: new RegExp(`^${lang === 'ar' ? 'لقاء مع كوه جيان' : 'Meeting with Koh Jean'}`),
  });

test.describe('Hijri calendar', () => {
  for (const [lang, digits] of [
    ['ar', 'latn'],
    ['ar', 'arab'],
    ['en', 'latn'],
    ['en', 'arab'],
  ] as [Lang, Digits][]) {
    test(`?calendar=islamic-umalqura ticks the axis and words dates in Hijri (${lang}, ${digits})`, async ({
      page,
    }) => {
      const q = new URLSearchParams({ calendar: 'islamic-umalqura', digits, lang });
      await ready(page, `?${q}`);
      const hijri = (d: DateSpec) => formatDateSpec(d, lang, digits, HIJRI);
      // The header: the visit's span in Hijri, the Gregorian beside it.
      await expect(page.locator('header').first()).toContainText(hijri(VISIT));
      expect(hijri(VISIT)).toContain(lang === 'ar' ? 'ربيع الأول' : 'Rabi‘ I');

      // The axis: Hijri month names above, Hijri days on the ticks.
      const axis = (await axisText(page)).map(clean);
      const month = lang === 'ar' ? 'ربيع الأول' : 'Rabi‘ I';
      expect(axis.some((t) => t.includes(month))).toBe(true);
      expect(axis.join(' ')).not.toMatch(lang === 'ar' ? /أكتوبر/ : /October|Oct/);
      if (digits === 'arab') expect(axis.join(' ')).not.toMatch(/[0-9]/);

      // The mark's name, its tooltip and its details: Hijri with the Gregorian date beside.
      const want = hijri(KOH_JIN);
      expect(want).toMatch(
        lang === 'ar' ? /^.+ هـ \(.+ أكتوبر .+\)$/ : /^.+ AH \([5٥] October (2022|٢٠٢٢)\)$/,
      );
      const mark = kohJin(page, lang);
      await expect(mark).toHaveAccessibleName(new RegExp(want.replace(/[()]/g, '\\$&')));
      await mark.hover();
      await expect(page.getByTestId('tl-tooltip')).toContainText(want);
      await mark.click();
      await expect(page.getByTestId('details')).toContainText(want);
    });
  }

  test('the toggle switches the calendar and the address bar follows', async ({ page }) => {
    await ready(page);
    const toggle = page.getByRole('button', { name: 'هجري' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect((await axisText(page)).map(clean).join(' ')).toContain('أكتوبر');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('calendar'))
      .toBe('islamic-umalqura');
    await expect
      .poll(async () => (await axisText(page)).map(clean).join(' '))
      .toContain('ربيع الأول');
    await expect(page.locator('header').first()).toContainText(
      formatDateSpec(VISIT, 'ar', 'latn', HIJRI),
    );

    // A reload keeps it: the link says it.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('button', { name: 'هجري' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByRole('button', { name: 'هجري' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('calendar')).toBe(false);
    await expect.poll(async () => (await axisText(page)).map(clean).join(' ')).toContain('أكتوبر');
    await expect(page.locator('header').first()).toContainText(formatDateSpec(VISIT, 'ar'));
  });

  test('an export carries the Hijri axis and dates, the Gregorian beside them', async ({
    page,
  }) => {
    await ready(page, '?calendar=islamic-umalqura');
    const section = page.getByTestId('timeline');
    await section.getByRole('button', { name: 'تصدير', exact: true }).click();
    await section.getByRole('radio', { name: 'SVG بنص قابل للتحرير' }).check();
    await section.getByRole('radio', { name: 'المخطط كاملاً' }).check();
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'تنزيل' }).click();
    const file = await download;
    const out = test.info().outputPath('hijri-timeline.svg');
    await file.saveAs(out);
    const xml = clean(readFileSync(out, 'utf8'));
    expect(xml).toContain('ربيع الأول 1444 هـ'); // the axis' month
    expect(xml).toContain(formatDateSpec(VISIT, 'ar', 'latn', HIJRI)); // the subtitle
    expect(xml).not.toMatch(/>\s*أكتوبر 2022\s*</); // no Gregorian month on the axis
  });
});
