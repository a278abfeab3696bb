/**
 * A load's progress in words: the phase for the live status (it says only this, not every
 * percent), and the megabytes (and the percentage) so far, or the size being checked.
 */
import type { LoadProgress } from '../model/load';
import { fill, formatNumber } from './format';
import type { Digits, Lang } from './locale';
import { ui } from './strings';

export function progressWords(
  progress: LoadProgress | null,
  lang: Lang,
  digits: Digits,
): { label: string; text: string } {
  const label = ui(
    progress?.phase === 'validate' ? 'loadValidating' : progress ? 'loadDownloading' : 'loading',
    lang,
  );
  if (!progress) return { label, text: '' };
  const mb = (bytes: number) => formatNumber(Math.round(bytes / 104857.6) / 10, lang, digits);
  const { loaded, total } = progress;
  if (progress.phase === 'validate')
    return { label, text: `(${fill(ui('loadSize', lang), { mb: mb(loaded) })})` };
  if (!total) return { label, text: fill(ui('loadSize', lang), { mb: mb(loaded) }) };
  const pct = formatNumber(Math.floor((100 * loaded) / total), lang, digits);
  return { label, text: fill(ui('loadBytes', lang), { done: mb(loaded), total: mb(total), pct }) };
}

/** Whether two progress reports differ by at least a percent (or a MB without a total). */
export function progressStepChanged(a: LoadProgress | null, b: LoadProgress | null): boolean {
  const step = (q: LoadProgress | null) =>
    q && `${q.phase}:${q.total ? Math.floor((100 * q.loaded) / q.total) : q.loaded >> 20}`;
  return step(a) !== step(b);
}
