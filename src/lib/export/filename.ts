/** File names of exports: from the visit id and the view, e.g. `uae-korea-2022-10-timeline.svg`. */
import type { ExportView, TextMode } from './types';

export type ExportFormat = { kind: 'svg'; mode: TextMode } | { kind: 'png'; scale: number };

/** A visit id made safe for every file system (ids may contain ":" ). */
export const fileSlug = (id: string): string =>
  id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '') || 'ziyara';

/**
 * `<visit>-<view>[-full][-outlined].svg` or `<visit>-<view>[-full][@2x].png`: `-full` for the
 * whole chart, `-outlined` for text as outlines, `@Nx` for PNG scales above 1.
 */
export function exportFileName(
  visitId: string,
  view: ExportView,
  format: ExportFormat,
  whole = false,
): string {
  const base = `${fileSlug(visitId)}-${view}${whole ? '-full' : ''}`;
  if (format.kind === 'svg') return `${base}${format.mode === 'outline' ? '-outlined' : ''}.svg`;
  return `${base}${format.scale > 1 ? `@${format.scale}x` : ''}.png`;
}
