import { readFileSync } from 'node:fs';
import type { ComponentProps } from 'svelte';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexVisit } from '../../model/derive';
import { parseVisitText } from '../../model/parseVisit';
import { ViewState } from '../../state/view.svelte';
import type { WholeChart } from '../../export/wholeChart';
import Harness from './Harness.test.svelte';

const build = vi.hoisted(() => vi.fn());
const download = vi.hoisted(() => vi.fn());
vi.mock('../../export/exportChart', () => ({ buildExport: build }));
vi.mock('../../export/download', () => ({ downloadBlob: download }));

const parsed = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!parsed.ok) throw new Error('bundled visit invalid');
const index = indexVisit(parsed.visit);

type Menu = ComponentProps<typeof Harness>['menu'];

function show(menu: Partial<Menu> = {}, lang: 'ar' | 'en' = 'ar') {
  const view = new ViewState({ lang });
  return render(Harness, { props: { view, index, menu: { view: 'timeline', ...menu } } });
}

beforeEach(() => {
  build.mockReset();
  download.mockReset();
  build.mockImplementation(
    async (_svg: SVGSVGElement, _f: unknown, _m: unknown, filename: string) => ({
      blob: new Blob(['<svg/>']),
      filename,
      ms: 12,
    }),
  );
});
afterEach(cleanup);

describe('ExportMenu', () => {
  it('is a disclosure: the Arabic button opens a dialog, Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    show();
    const button = screen.getByRole('button', { name: 'تصدير' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('dialog', { name: 'تصدير الخط الزمني' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'SVG بنص قابل للتحرير' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('works from the keyboard alone: arrows pick PNG, then a scale, Enter downloads', async () => {
    const user = userEvent.setup();
    show();
    screen.getByRole('button', { name: 'تصدير' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'صورة PNG' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('radio', { name: '2×' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '3×' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(build.mock.calls[0]![1]).toEqual({ kind: 'png', scale: 3 });
    expect(download.mock.calls[0]![1]).toBe('uae-korea-2022-10-timeline@3x.png');
    expect(screen.getByRole('status')).toHaveTextContent(
      'نُزِّل الملف \u2068uae-korea-2022-10-timeline@3x.png\u2069',
    );
  });

  it('exports the visit title, the source credit and the view, with the right file names', async () => {
    const user = userEvent.setup();
    show({ view: 'orgchart' });
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    await user.click(screen.getByRole('radio', { name: 'SVG بنص محوَّل إلى أشكال' }));
    await user.click(screen.getByRole('button', { name: 'تنزيل' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [svg, format, meta, name] = build.mock.calls[0]!;
    expect(svg).toBeInstanceOf(SVGSVGElement);
    expect(format).toEqual({ kind: 'svg', mode: 'outline' });
    expect(name).toBe('uae-korea-2022-10-orgchart-outlined.svg');
    expect(meta.title).toContain('زيارة وفد حكومة دولة الإمارات');
    expect(meta.credit).toMatch(/^المصدر: \u2068البيان\u2069، 9 أكتوبر 2022$/);
    expect(meta.subtitle).toMatch(/^الهيكل التنظيمي · /);
    expect(meta.dir).toBe('rtl');
  });

  it('offers the whole chart only when the view can describe it, and hands it to the export', async () => {
    const user = userEvent.setup();
    const whole = { view: 'timeline', views: [] } as unknown as WholeChart;
    const getWhole = vi.fn(() => whole);
    show({ getWhole });
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    await user.click(screen.getByRole('radio', { name: 'المخطط كاملاً' }));
    await user.click(screen.getByRole('button', { name: 'تنزيل' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(getWhole).toHaveBeenCalledOnce();
    // Drawn beside the chart on screen, at its width (the harness's <svg width="200">).
    const source = build.mock.calls[0]![0];
    expect(source.whole).toBe(whole);
    expect(source.width).toBe(200);
    expect(source.host.querySelector('svg text')).toHaveTextContent('الاجتماعات');
    expect(download.mock.calls[0]![1]).toBe('uae-korea-2022-10-timeline-full.svg');

    // The current view stays the default, and is the live <svg>.
    cleanup();
    build.mockClear();
    download.mockClear();
    show({ getWhole });
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    await user.click(screen.getByRole('button', { name: 'تنزيل' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(build.mock.calls[0]![0]).toBeInstanceOf(SVGSVGElement);
    expect(download.mock.calls[0]![1]).toBe('uae-korea-2022-10-timeline.svg');

    cleanup();
    show();
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    expect(screen.queryByRole('radio', { name: 'المخطط كاملاً' })).toBeNull();
  });

  it('says why an export failed instead of failing silently', async () => {
    const user = userEvent.setup();
    show({ getSvg: () => null }, 'en');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Export failed: There is no chart on screen to export.',
    );
    expect(build).not.toHaveBeenCalled();

    build.mockRejectedValueOnce(Object.assign(new Error('big'), { name: 'TooLargeError' }));
    cleanup();
    show({}, 'en');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('radio', { name: 'PNG image' }));
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/too large/));
  });

  it('closes when the reader clicks elsewhere', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    await user.click(document.body);
    expect(screen.getByRole('button', { name: 'تصدير' })).toHaveAttribute('aria-expanded', 'false');
  });
});
