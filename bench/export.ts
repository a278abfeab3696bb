/**
 * Ziyara's SVG export, through the export menu as a reader uses it, in both text modes (editable
 * text with subset fonts, text as outlines).
 *
 * One probe = one fresh page. Its first export loads the tooling (serializer, HarfBuzz, fonts,
 * hb-subset, WOFF2) and is reported as "cold", for the mode it starts with; one export in the
 * other mode (not counted) loads the rest; the probe then repeats every view × mode `WARM_REPS`
 * times ("warm": all the tooling is loaded; the issue's ≤ 300 ms target is about these). Each round runs two probes per visit, one starting with each
 * mode, so both modes get a cold time.
 *
 * Times are the menu's own `data-ms` (the wall time of `buildExport`, without the download),
 * and the in-page click → done time (`wallMs`, which adds the menu's own rendering and the
 * download). Sizes are the menu's `data-bytes` (the file's size).
 *
 * How "done" is seen: a MutationObserver on the menu's status line, installed before the click,
 * counts changes; the export is done when something changed and the button is no longer
 * `aria-busy`. (Watching `aria-busy` alone, by polling, fails: a warm export runs in one task,
 * so a poll never sees the busy state and waits for its deadline — the bug that made every
 * probe time out after 60 s.) The Playwright download event is counted as a cross-check.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportResult } from './measure';

export function exportAvailable(root: string): { ok: boolean; note: string } {
  if (!existsSync(join(root, 'src/lib/export/exportChart.ts')))
    return { ok: false, note: 'SVG export not measured: src/lib/export/ does not exist yet.' };
  return { ok: true, note: '' };
}

export type ExportView = 'timeline' | 'orgchart';
export type TextMode = 'text' | 'outline';

/** Repeats of each view × mode once the tooling is loaded (their median is reported). */
export const WARM_REPS = 3;
/** One export giving up after this (in the page), ms. */
const EXPORT_TIMEOUT_MS = 30_000;

const SECTION: Record<ExportView, string> = {
  timeline: 'section.timeline',
  orgchart: 'section.orgchart',
};
const FORMAT: Record<TextMode, string> = { text: 'svg-text', outline: 'svg-outline' };
export const MODE_NAMES: Record<TextMode, string> = {
  text: 'editable text',
  outline: 'text as outlines',
};

/**
 * One export through the menu in `scope`: open it, pick the format and "current view", click
 * Download, wait until done (see the header), close it. Kept a string: tsx would wrap named
 * inner functions in a `__name` helper that does not exist in the page.
 */
const RUN_EXPORT = `async ({ scope, value, timeout }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const root = document.querySelector(scope);
  const menu = root && root.querySelector('.export');
  if (!menu) return { error: 'no export menu in ' + scope };
  const toggle = menu.querySelector('button[aria-expanded]');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await frame();
  const radio = menu.querySelector('input[type=radio][value="' + value + '"]');
  if (!radio) return { error: 'no format ' + value };
  radio.click();
  const current = menu.querySelector('input[type=radio][value="current"]');
  if (current) current.click();
  await frame();
  const go = menu.querySelector('button.go');
  const status = menu.querySelector('[role=status]');
  if (!go || !status) return { error: 'no download button' };
  let changes = 0;
  const watch = new MutationObserver((records) => { changes += records.length; });
  watch.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
  const t0 = performance.now();
  go.click();
  let timedOut = false;
  for (;;) {
    await new Promise((r) => setTimeout(r, 5));
    if (changes > 0 && go.getAttribute('aria-busy') !== 'true') break;
    if (performance.now() - t0 > timeout) { timedOut = true; break; }
  }
  const wall = performance.now() - t0;
  watch.disconnect();
  const ms = Number(status.getAttribute('data-ms'));
  const bytes = Number(status.getAttribute('data-bytes'));
  if (toggle && toggle.getAttribute('aria-expanded') === 'true') toggle.click();
  await frame();
  return { wall, ms, bytes, status: status.textContent, timedOut, changes };
}`;

interface Run {
  error?: string;
  wall?: number;
  ms?: number;
  bytes?: number;
  status?: string;
  timedOut?: boolean;
}

export interface ExportPlan {
  /** Views exported, in this order (the first export of the page is the cold one). */
  views: ExportView[];
  /** The text mode of the first (cold) export. */
  coldMode: TextMode;
}

export function makeExportProbe(plan: ExportPlan) {
  return async function exportProbe(
    page: Page,
  ): Promise<{ results: ExportResult[]; note?: string }> {
    const results: ExportResult[] = [];
    const notes: string[] = [];
    let downloads = 0;
    let succeeded = 0;
    // Each export triggers a download; Playwright accepts it (acceptDownloads defaults to true):
    // count it and throw the file away.
    page.on('download', (d) => {
      downloads++;
      void d.delete().catch(() => undefined);
    });
    const once = async (view: ExportView, mode: TextMode): Promise<ExportResult | null> => {
      const r = (await page.evaluate(
        `(${RUN_EXPORT})(${JSON.stringify({ scope: SECTION[view], value: FORMAT[mode], timeout: EXPORT_TIMEOUT_MS })})`,
      )) as Run;
      if (r.error) {
        notes.push(`${view}: ${r.error}`);
        return null;
      }
      if (r.timedOut || !r.ms || !r.bytes) {
        notes.push(
          `${view}, ${MODE_NAMES[mode]}: ${r.timedOut ? `not done within ${EXPORT_TIMEOUT_MS / 1000} s` : 'no time/size'} (status: ${r.status ?? '?'})`,
        );
        return null;
      }
      succeeded++;
      return { view, textMode: mode, cold: false, ms: r.ms, wallMs: r.wall, bytes: r.bytes };
    };

    const first = plan.views[0]!;
    const cold = await once(first, plan.coldMode);
    if (!cold) return { results, note: notes.join('; ') };
    results.push({ ...cold, cold: true });
    const other: TextMode = plan.coldMode === 'text' ? 'outline' : 'text';
    // The other mode's first export loads what it needs beyond the first's (text mode: hb-subset
    // and the WOFF2 encoder; outlines need neither): not counted, so that every "warm" time
    // below runs with all the tooling loaded.
    if (!(await once(first, other))) return { results, note: notes.join('; ') };
    for (let rep = 0; rep < WARM_REPS; rep++) {
      for (const view of plan.views) {
        for (const mode of [plan.coldMode, other]) {
          const r = await once(view, mode);
          if (r) results.push(r);
        }
      }
    }
    // Reps of one view × mode → their median, so each probe counts once in the run's median.
    const warm: ExportResult[] = [];
    for (const view of plan.views)
      for (const mode of ['text', 'outline'] as const) {
        const reps = results.filter((r) => !r.cold && r.view === view && r.textMode === mode);
        if (reps.length) warm.push({ ...medianOf(reps), view, textMode: mode, cold: false });
      }
    const expected = succeeded;
    // The download event reaches Playwright a little after the page saw the export done.
    for (let i = 0; i < 20 && downloads < expected; i++) await page.waitForTimeout(50);
    if (downloads < expected) notes.push(`only ${downloads} of ${expected} exports downloaded`);
    return {
      results: [results[0]!, ...warm],
      note: notes.length ? [...new Set(notes)].join('; ') : undefined,
    };
  };
}

function medianOf(rs: ExportResult[]): { ms: number; wallMs?: number; bytes: number } {
  const med = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    const mid = v.length >> 1;
    return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  };
  return {
    ms: med(rs.map((r) => r.ms)),
    wallMs: med(rs.map((r) => r.wallMs ?? NaN).filter(Number.isFinite)),
    bytes: med(rs.map((r) => r.bytes)),
  };
}
