/**
 * The header band (title, subtitle) and footer band (legend, source credit, export date) that
 * every exported file carries, laid out as plain text models and shapes. Start and end follow
 * the reading direction; data strings are isolated so they cannot reorder what surrounds them.
 */
import type { Measure } from '../../text/measure';
import type { BaseDir } from './bidi';
import type { TextModel } from './textModel';
import type { BandTheme, LegendItem } from '../types';
import { attr, isolateData } from './xml';

export interface BandText {
  model: TextModel;
  weight: number;
  fill: string;
}

/** Where a legend's live swatch goes, for the serializer to draw. */
export interface SwatchSlot {
  item: LegendItem;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Band {
  height: number;
  texts: BandText[];
  /** SVG markup of colour swatches and rules (no text). */
  shapes: string;
  swatches: SwatchSlot[];
}

export interface BandInput {
  title: string;
  subtitle?: string;
  legend?: readonly LegendItem[];
  credit: string;
  exportDate: string;
  lang: string;
  dir: BaseDir;
  theme: BandTheme;
}

/** The file's side margin (and the bands' padding): title, legend and chart keep it from the edges. */
export const PAD = 16;
const TITLE = { size: 18, weight: 600, line: 26 };
const SUB = { size: 12, weight: 400, line: 19 };
const LEGEND = { size: 12, weight: 400, line: 22, swatch: 10, gap: 6, between: 18, maxH: 16 };
const NOTE = { size: 11, weight: 400, line: 18 };

/** Greedy word wrap of `text` into at most `max` lines of `width`, the last one cut with "…". */
export function wrap(
  text: string,
  width: number,
  max: number,
  fits: (s: string) => boolean,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || fits(next)) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  // Shortened at a word boundary, never inside a word (the file's <title> keeps it whole).
  const kept = lines.slice(0, max);
  const words = `${kept[max - 1]} ${lines[max]}`.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')}…`)) words.pop();
  kept[max - 1] = `${words.join(' ').replace(/[\s,،;؛:\-–—]+$/u, '')}…`;
  return kept;
}

function textAt(
  input: BandInput,
  s: string,
  x: number,
  y: number,
  anchor: 'start' | 'end',
  font: { size: number; weight: number },
  fill: string,
): BandText {
  const model: TextModel = {
    label: s,
    dir: input.dir,
    lang: input.lang,
    size: font.size,
    letterSpacing: 0,
    baseline: 'auto',
    chunks: [{ x, y, anchor, spans: [{ text: s, weight: font.weight, paint: '', dy: 0 }] }],
  };
  return { model, weight: font.weight, fill };
}

/**
 * Lines of one wrapped text, each made a whole bidi unit: the isolates still open where a line
 * starts are opened again at its start, and those open at its end are closed there.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  const open: string[] = [];
  return lines.map((line) => {
    const head = open.join('');
    for (const ch of line) {
      if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') open.push(ch);
      else if (ch === '\u2069') open.pop();
    }
    return head + line + '\u2069'.repeat(open.length);
  });
}

/** Header and footer for a chart `width` wide. */
/** A live swatch's size, at most `LEGEND.maxH` high. */
function swatchSize(svg: SVGSVGElement): { w: number; h: number } {
  const w = parseFloat(svg.getAttribute('width') ?? '') || svg.getBoundingClientRect().width || 16;
  const h =
    parseFloat(svg.getAttribute('height') ?? '') || svg.getBoundingClientRect().height || 16;
  const k = Math.min(1, LEGEND.maxH / h);
  return { w: w * k, h: h * k };
}

export function layoutBands(input: BandInput, width: number, measure: Measure) {
  const rtl = input.dir === 'rtl';
  const start = rtl ? width - PAD : PAD;
  const end = rtl ? PAD : width - PAD;
  const inner = width - 2 * PAD;
  const { ink, muted, rule } = input.theme;

  const header: Band = { height: PAD, texts: [], shapes: '', swatches: [] };
  const fitsTitle = (s: string) => measure(s, TITLE) <= inner;
  for (const line of wrap(input.title, inner, 2, fitsTitle)) {
    header.height += TITLE.line;
    header.texts.push(
      textAt(input, isolateData(line), start, header.height - 7, 'start', TITLE, ink),
    );
  }
  if (input.subtitle) {
    header.height += SUB.line;
    const s = isolateData(input.subtitle);
    header.texts.push(textAt(input, s, start, header.height - 5, 'start', SUB, muted));
  }
  header.height += PAD * 0.75;

  const footer: Band = { height: PAD * 0.75, texts: [], shapes: '', swatches: [] };
  footer.shapes += `<line${attr('x1', PAD)}${attr('x2', width - PAD)} y1="0.5" y2="0.5"${attr('stroke', rule)}/>`;
  const legend = input.legend ?? [];
  let x = start;
  if (legend.length) footer.height += LEGEND.line;
  for (const item of legend) {
    const label = isolateData(item.label);
    const box = item.swatch ? swatchSize(item.swatch) : { w: LEGEND.swatch, h: LEGEND.swatch };
    const w = box.w + LEGEND.gap + measure(label, LEGEND);
    if (Math.abs(x - start) > 0 && Math.abs(x - start) + w > inner) {
      x = start;
      footer.height += LEGEND.line;
    }
    const y = footer.height - 7;
    const sx = rtl ? x - box.w : x;
    const sy = y - 4 - box.h / 2;
    if (item.swatch) footer.swatches.push({ item, x: sx, y: sy, ...box });
    else footer.shapes += swatch(item, sx, sy, LEGEND.swatch);
    const tx = rtl ? x - box.w - LEGEND.gap : x + box.w + LEGEND.gap;
    footer.texts.push(textAt(input, label, tx, y, 'start', LEGEND, ink));
    x += (rtl ? -1 : 1) * (w + LEGEND.between);
  }
  const credit = isolateData(input.credit);
  const date = isolateData(input.exportDate);
  const oneLine = measure(credit, NOTE) + measure(date, NOTE) + 24 <= inner;
  // A long list of sources wraps at spaces rather than running off the file.
  const lines = balanceIsolates(wrap(credit, inner, 8, (t) => measure(t, NOTE) <= inner));
  for (const line of lines) {
    footer.height += NOTE.line;
    footer.texts.push(textAt(input, line, start, footer.height - 5, 'start', NOTE, muted));
  }
  if (!oneLine) footer.height += NOTE.line;
  footer.texts.push(
    oneLine
      ? textAt(input, date, end, footer.height - 5, 'end', NOTE, muted)
      : textAt(input, date, start, footer.height - 5, 'start', NOTE, muted),
  );
  footer.height += PAD * 0.75;
  return { header, footer };
}

function swatch(item: LegendItem, x: number, y: number, size: number): string {
  const color = item.color ?? 'currentColor';
  const fill = attr('fill', color);
  if (item.shape === 'circle')
    return `<circle${attr('cx', x + size / 2)}${attr('cy', y + size / 2)}${attr('r', size / 2)}${fill}/>`;
  if (item.shape === 'line')
    return `<line${attr('x1', x)}${attr('x2', x + size)}${attr('y1', y + size / 2)}${attr('y2', y + size / 2)}${attr('stroke', color)} stroke-width="2"/>`;
  return `<rect${attr('x', x)}${attr('y', y)}${attr('width', size)}${attr('height', size)} rx="2"${fill}/>`;
}
