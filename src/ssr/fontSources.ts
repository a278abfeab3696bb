/**
 * The render bundle's stand-in for export/fonts/assets.ts: the same files, read from
 * node_modules (`nodeSources`) instead of fetched from the page's hashed assets; and, for the
 * characters none of our faces has (č, ć in "Vučić"), the width in the system's sans-serif, as
 * the browser measures them on its canvas: the file fontconfig picks (`fc-match sans-serif`, so
 * DejaVu Sans on Debian), shaped by HarfBuzz. Without fontconfig, one em per character (as the
 * export's kit guesses by default).
 */
import * as hb from 'harfbuzzjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { FontSources } from '../lib/export/fonts/fontKit';
import { nodeSources } from '../lib/export/fonts/nodeAssets';

const system = new Map<string, { font: hb.Font; upem: number } | null>();

function openSystem(key: string): { font: hb.Font; upem: number } | null {
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', `sans-serif:${key}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const face = new hb.Face(new hb.Blob(new Uint8Array(readFileSync(file))));
    return { font: new hb.Font(face), upem: face.upem };
  } catch {
    return null;
  }
}

/** The system's sans-serif at `weight` (600 and over: its bold), or null. */
function systemFont(weight: number) {
  const key = weight >= 600 ? 'bold' : 'regular';
  if (!system.has(key)) system.set(key, openSystem(key));
  return system.get(key) ?? null;
}

const buffer = new hb.Buffer();

function measureFallback(text: string, weight: number, size: number): number {
  const sys = systemFont(weight);
  if (!sys) return [...text].length * size;
  buffer.clearContents();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(sys.font, buffer);
  let w = 0;
  for (const g of buffer.getGlyphInfosAndPositions()) w += g.xAdvance ?? 0;
  return (w * size) / sys.upem;
}

export const browserSources: FontSources = { ...nodeSources, measureFallback };
