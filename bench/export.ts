/**
 * Ziyara's SVG export, measured on the bundled visit in both text modes (editable text, text as
 * outlines), for each view, through the export menu as a reader uses it. The first export of a
 * page loads the tooling (serializer, HarfBuzz, fonts, hb-subset, WOFF2): it is reported apart as
 * "cold"; the target is on the exports after it. Times are the menu's own `data-ms` (the wall
 * time of `buildExport`, without the download), and the harness's click → done.
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

const SECTIONS = [
  { view: 'timeline', selector: 'section.timeline' },
  { view: 'orgchart', selector: 'section.orgchart' },
] as const;

const MODES = [
  { mode: 'text', value: 'svg-text' },
  { mode: 'outline', value: 'svg-outline' },
] as const;

/** One export through the menu in `scope`; resolves with the menu's data-ms/data-bytes. */
const RUN_EXPORT = `async ({ scope, value }) => {
  const root = document.querySelector(scope);
  const menu = root && root.querySelector('.export');
  if (!menu) return { error: 'no export menu in ' + scope };
  const toggle = menu.querySelector('button[aria-expanded]');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await new Promise((r) => requestAnimationFrame(() => r()));
  const radio = menu.querySelector('input[type=radio][value="' + value + '"]');
  if (!radio) return { error: 'no format ' + value };
  radio.click();
  const whole = menu.querySelector('input[type=radio][value="current"]');
  if (whole) whole.click();
  await new Promise((r) => requestAnimationFrame(() => r()));
  const go = menu.querySelector('button.go');
  const status = menu.querySelector('[role=status]');
  if (!go || !status) return { error: 'no download button' };
  const t0 = performance.now();
  go.click();
  let busySeen = false;
  for (;;) {
    await new Promise((r) => setTimeout(r, 10));
    const busy = go.getAttribute('aria-busy') === 'true' || go.disabled;
    busySeen = busySeen || busy;
    if ((busySeen && !busy) || performance.now() - t0 > 55000) break;
  }
  const wall = performance.now() - t0;
  const ms = Number(status.getAttribute('data-ms'));
  const bytes = Number(status.getAttribute('data-bytes'));
  return { wall, ms, bytes, status: status.textContent, busySeen };
}`;

interface Run {
  error?: string;
  wall?: number;
  ms?: number;
  bytes?: number;
  status?: string;
  busySeen?: boolean;
}

export async function exportProbe(page: Page): Promise<{ results: ExportResult[]; note?: string }> {
  const results: ExportResult[] = [];
  const notes: string[] = [];
  // Exports trigger a download; Playwright accepts and discards it.
  page.on('download', (d) => void d.delete().catch(() => undefined));
  let cold = true;
  for (const { view, selector } of SECTIONS) {
    for (const { mode, value } of [...MODES, ...MODES]) {
      const r = (await page.evaluate(
        `(${RUN_EXPORT})(${JSON.stringify({ scope: selector, value })})`,
      )) as Run;
      if (r.error) {
        notes.push(`${view}: ${r.error}`);
        break;
      }
      if (!r.ms || !r.bytes) {
        notes.push(`${view} ${mode}: export did not finish (${r.status ?? '?'})`);
        break;
      }
      results.push({
        mode: `${view}, ${mode === 'text' ? 'editable text' : 'text as outlines'}${cold ? ' (cold: loads the tooling)' : ''}`,
        ms: r.ms,
        bytes: r.bytes,
      });
      cold = false;
    }
  }
  // Each mode ran twice; keep the second (warm) run of each, and the very first (cold) export.
  const warm = new Map<string, ExportResult>();
  for (const r of results) if (!r.mode.includes('cold')) warm.set(r.mode, r);
  const first = results.filter((r) => r.mode.includes('cold'));
  return {
    results: [...first, ...warm.values()],
    note: notes.length ? notes.join('; ') : undefined,
  };
}
