/**
 * Outlined text: a `TextModel` shaped by the `FontKit` and written as glyph outlines. Each glyph
 * outline is defined once (`<path>` in `<defs>`, font units, y down) and placed with `<use>`
 * inside a group scaled from font units to the text's size, so the file needs neither fonts nor
 * bidi support and stays compact for large charts.
 */
import type { Anchor, TextModel, TextSpanModel } from './textModel';
import type { FallbackRun, FontKit } from '../types';
import { attr, escapeText, fmt } from './xml';

/** Glyph outlines used so far, shared by every text of one file. */
export class GlyphDefs {
  private readonly ids = new Map<string, string>();
  private readonly paths: string[] = [];
  private groups = 0;
  constructor(private readonly prefix = 'zg') {}

  /** The id of the glyph's `<path>`, or null for an empty glyph (a space). */
  use(kit: FontKit, face: number, gid: number): string | null {
    const key = `${face}-${gid}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      const d = kit.glyphPath(face, gid);
      id = d ? `${this.prefix}${key}` : '';
      this.ids.set(key, id);
      if (d) this.paths.push(`<path id="${id}" d="${d}"/>`);
    }
    return id || null;
  }

  /** Defines a group of glyph uses once (drawn twice for halos); returns its id. */
  group(content: string): string {
    const id = `${this.prefix}t${this.groups++}`;
    this.paths.push(`<g id="${id}">${content}</g>`);
    return id;
  }

  get size(): number {
    return this.paths.length;
  }

  toString(): string {
    return this.paths.join('');
  }
}

/**
 * How far below `y` the alphabetic baseline sits for a `dominant-baseline`, in user units, the
 * way Chromium computes it (ascent and descent rounded to whole pixels).
 */
export function baselineShift(baseline: string, size: number, kit: FontKit): number {
  const asc = Math.round((kit.ascender / kit.upem) * size);
  const desc = Math.round((-kit.descender / kit.upem) * size);
  switch (baseline) {
    case 'middle':
      return ((kit.xHeight / kit.upem) * size) / 2;
    case 'central':
      return (asc - desc) / 2;
    case 'hanging':
      return asc * 0.8;
    case 'mathematical':
      return asc / 2;
    case 'text-before-edge':
      return asc;
    case 'text-after-edge':
    case 'ideographic':
      return -desc;
    default:
      return 0;
  }
}

/** The left edge of a line of `width` anchored at `x`; `start`/`end` follow the direction. */
export function lineLeft(x: number, width: number, anchor: Anchor, rtl: boolean): number {
  if (anchor === 'middle') return x - width / 2;
  return (anchor === 'start') === rtl ? x - width : x;
}

/**
 * The outlined content of one text: a scaled group per chunk with a `<use>` per glyph. The
 * caller wraps it in a `<g>` carrying the text's paint and its label. `stroke.width` (user
 * units) is rescaled so a halo keeps its thickness inside the scaled group.
 */
export function outlineText(
  model: TextModel,
  kit: FontKit,
  defs: GlyphDefs,
  stroke: { width: number; first: boolean } | null,
): string {
  const s = model.size / kit.upem;
  const shift = baselineShift(model.baseline, model.size, kit);
  // A stroked text (a halo) paints all its strokes, then all its fills (or the reverse), as a
  // browser does for a whole <text>; per-glyph painting would let one glyph's halo cover its
  // neighbour where Arabic letters join.
  const passes = stroke ? (stroke.first ? ['fill', 'stroke'] : ['stroke', 'fill']) : [null];
  let out = '';
  for (const chunk of model.chunks) {
    const spacing = (model.letterSpacing * kit.upem) / model.size;
    const line = kit.shapeLine(chunk.spans, model.dir, model.lang, spacing);
    const left = lineLeft(chunk.x, line.width * s, chunk.anchor, model.dir === 'rtl');
    const sw = stroke ? attr('stroke-width', stroke.width / s) : '';
    out += `<g transform="translate(${fmt(left)} ${fmt(chunk.y + shift)}) scale(${+s.toPrecision(6)})"${sw}>`;
    if (model.underline) {
      // Under the glyphs, as Chromium paints it for SVG text (whose halos then clear it around
      // descenders): font-size / 10 thick unless set, its top half a thickness below the
      // baseline; text-underline-offset does not apply to SVG text.
      const h = (model.underline.thickness ?? model.size / 10) / s;
      out += `<rect y="${fmt(h / 2)}"${attr('width', line.width)}${attr('height', h)}/>`;
    }
    // One group of uses per styled span; a span's glyphs may be scattered by bidi.
    const spans = chunk.spans.map((span, i) => {
      let uses = '';
      const dy = span.dy / s;
      for (const g of line.glyphs) {
        if (g.span !== i) continue;
        const id = defs.use(kit, g.face, g.gid);
        if (!id) continue;
        const y = dy - g.y;
        uses += `<use xlink:href="#${id}" x="${Math.round(g.x)}"${y ? ` y="${fmt(y)}"` : ''}/>`;
      }
      return { uses, paint: span.paint };
    });
    if (stroke && spans.every((sp) => !sp.paint)) {
      // The same glyphs twice: define them once and use the group in each pass.
      const id = defs.group(spans.map((sp) => sp.uses).join(''));
      for (const off of passes) out += `<use xlink:href="#${id}" ${off}="none"/>`;
    } else {
      for (const off of passes) {
        for (const { uses, paint } of spans) {
          if (!uses) continue;
          const p = off
            ? `${paint.replace(new RegExp(` ${off}="[^"]*"`), '')} ${off}="none"`
            : paint;
          out += p ? `<g${p}>${uses}</g>` : uses;
        }
      }
    }
    out += fallbackTexts(line.fallback, chunk.spans, s, kit.upem);
    out += '</g>';
  }
  return out;
}

/**
 * Characters none of the fonts can draw (e.g. Hangul) stay text in the viewer's sans-serif, at
 * the place and width the browser measured — the only `<text>` an outlined file can hold.
 */
function fallbackTexts(runs: FallbackRun[], spans: TextSpanModel[], s: number, upem: number) {
  return runs
    .map((r) => {
      const span = spans[r.span]!;
      const x = r.rtl ? r.x + r.width : r.x;
      const dy = span.dy / s;
      return (
        `<text${attr('x', x)}${dy ? attr('y', dy) : ''}${attr('font-size', upem)}` +
        `${attr('font-weight', r.weight)} font-family="sans-serif"${attr('direction', r.rtl ? 'rtl' : 'ltr')}` +
        ` text-anchor="start"${span.paint}>${escapeText(r.text)}</text>`
      );
    })
    .join('');
}

/** Whether `paint-order` paints the stroke before the fill. */
export const strokeFirst = (paintOrder: string): boolean =>
  /^(markers )?stroke/.test(paintOrder.trim());

/** `<title>` for an outlined text, so its words stay searchable and accessible. */
export const outlineTitle = (model: TextModel): string =>
  `<title>${escapeText(model.label)}</title>`;
