/**
 * A live `<text>` read into plain data for outlining: its text chunks (each `<tspan>` with an
 * absolute x or y starts one), styled spans, positions in user units, anchor, direction and
 * baseline — everything a viewer without fonts or bidi would otherwise have to work out.
 */
import type { BaseDir } from './bidi';

export type Anchor = 'start' | 'middle' | 'end';

export interface TextSpanModel {
  text: string;
  weight: number;
  /** Presentation attributes that differ from the `<text>` element (e.g. a coloured tspan). */
  paint: string;
  /** Vertical shift from `dy` on this span, user units. */
  dy: number;
}

export interface TextChunkModel {
  x: number;
  y: number;
  anchor: Anchor;
  spans: TextSpanModel[];
}

export interface TextModel {
  /** The visible text, for `aria-label`/`<title>`. */
  label: string;
  dir: BaseDir;
  lang: string | undefined;
  /** font-size, user units. */
  size: number;
  /** letter-spacing, user units (0 for `normal`). */
  letterSpacing: number;
  /** An underline (text-decoration on the `<text>`): its thickness, user units, or null (auto). */
  underline?: { thickness: number | null };
  baseline: string;
  chunks: TextChunkModel[];
}

/** A length list attribute (`x`, `y`, `dx`, `dy`) in user units, resolved by the browser. */
export function lengths(el: Element, name: 'x' | 'y' | 'dx' | 'dy'): number[] {
  const list = (el as unknown as Record<string, { baseVal?: SVGLengthList } | undefined>)[name]
    ?.baseVal;
  if (list && typeof list.numberOfItems === 'number') {
    const out: number[] = [];
    for (let i = 0; i < list.numberOfItems; i++) out.push(list.getItem(i).value);
    return out;
  }
  const raw = el.getAttribute(name);
  return raw
    ? raw
        .trim()
        .split(/[\s,]+/)
        .map(parseFloat)
        .filter(Number.isFinite)
    : [];
}

const anchorOf = (v: string): Anchor => (v === 'middle' || v === 'end' ? v : 'start');
const CONTROLS: Record<string, [string, string, string, string]> = {
  // [ltr open, rtl open, ltr close, rtl close]
  embed: ['\u202a', '\u202b', '\u202c', '\u202c'],
  'bidi-override': ['\u202d', '\u202e', '\u202c', '\u202c'],
  isolate: ['\u2066', '\u2067', '\u2069', '\u2069'],
  'isolate-override': ['\u2066\u202d', '\u2067\u202e', '\u202c\u2069', '\u202c\u2069'],
};

/**
 * Reads `text`. `style` returns an element's computed style; `paintOf` the presentation
 * attributes a tspan needs on top of its `<text>`; `firstStrong` the direction of a text's
 * first strong character (rules P2–P3), for `unicode-bidi: plaintext`.
 */
export function readText(
  text: SVGTextElement,
  style: (el: Element) => CSSStyleDeclaration,
  paintOf: (el: Element, cs: CSSStyleDeclaration) => string,
  firstStrong: (text: string) => BaseDir | undefined = () => undefined,
): TextModel {
  const cs = style(text);
  const size = parseFloat(cs.fontSize) || 16;
  const dir: BaseDir = cs.direction === 'rtl' ? 'rtl' : 'ltr';
  const preserve = /^pre/.test(cs.whiteSpace) || text.getAttribute('xml:space') === 'preserve';
  const chunks: TextChunkModel[] = [];
  let dy = 0;
  const startChunk = (el: Element, ecs: CSSStyleDeclaration, force: boolean) => {
    const xs = lengths(el, 'x');
    const ys = lengths(el, 'y');
    const dys = lengths(el, 'dy');
    const prev = chunks[chunks.length - 1];
    if (force || xs.length || ys.length || !prev) {
      if (ys.length) dy = 0;
      dy += dys[0] ?? 0;
      chunks.push({
        x: (xs[0] ?? prev?.x ?? 0) + (lengths(el, 'dx')[0] ?? 0),
        y: (ys[0] ?? prev?.y ?? 0) + dy,
        anchor: anchorOf(ecs.textAnchor),
        spans: [],
      });
      dy = 0;
    } else dy += dys[0] ?? 0;
  };
  const add = (s: string, weight: number, paint: string) => {
    const chunk = chunks[chunks.length - 1]!;
    const last = chunk.spans[chunk.spans.length - 1];
    if (last && last.weight === weight && last.paint === paint && last.dy === dy) last.text += s;
    else chunk.spans.push({ text: s, weight, paint, dy });
  };
  const walk = (el: Element, ecs: CSSStyleDeclaration, paint: string) => {
    const weight = parseFloat(ecs.fontWeight) || 400;
    const ub = CONTROLS[ecs.unicodeBidi];
    const rtl = ecs.direction === 'rtl' ? 1 : 0;
    if (ub && el !== text) add(ub[rtl]!, weight, paint);
    for (const node of el.childNodes) {
      if (node.nodeType === 3) add(node.nodeValue ?? '', weight, paint);
      else if (node instanceof Element && /^(tspan|a|textPath)$/.test(node.localName)) {
        const ncs = style(node);
        if (ncs.display === 'none') continue;
        startChunk(node, ncs, false);
        walk(node, ncs, paintOf(node, ncs));
      }
    }
    if (ub && el !== text) add(ub[2 + rtl]!, weight, paint);
  };
  startChunk(text, cs, true);
  // bidi-override on the <text> itself overrides the whole paragraph.
  if (cs.unicodeBidi === 'bidi-override') add(dir === 'rtl' ? '\u202e' : '\u202d', 400, '');
  walk(text, cs, '');
  collapseWhitespace(chunks, preserve);
  for (const c of chunks) c.spans = c.spans.filter((s) => s.text);
  const visible = chunks.filter((c) => c.spans.length);
  return {
    label: visible.map((c) => c.spans.map((s) => s.text).join('')).join(' '),
    dir: (cs.unicodeBidi === 'plaintext' && firstStrong(plain(visible))) || dir,
    lang: text.closest('[lang]')?.getAttribute('lang') ?? undefined,
    size,
    letterSpacing: parseFloat(cs.letterSpacing) || 0,
    underline: /underline/.test(cs.textDecorationLine ?? '')
      ? { thickness: numberOrNull(cs.textDecorationThickness) }
      : undefined,
    baseline: cs.dominantBaseline,
    chunks: visible,
  };
}

const numberOrNull = (v: string | undefined) => {
  const n = parseFloat(v ?? '');
  return Number.isFinite(n) ? n : null;
};

/** SVG/CSS `white-space: normal`: newlines and tabs are spaces, runs collapse, ends trim. */
function collapseWhitespace(chunks: TextChunkModel[], preserve: boolean) {
  const spans = chunks.flatMap((c) => c.spans);
  let prevSpace = true;
  for (const s of spans) {
    s.text = s.text.replace(/[\n\r\t]/g, ' ');
    if (preserve) continue;
    let out = '';
    for (const ch of s.text) {
      if (ch === ' ' && prevSpace) continue;
      prevSpace = ch === ' ';
      out += ch;
    }
    s.text = out;
  }
  if (preserve) return;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    s.text = s.text.replace(/ +$/, '');
    if (s.text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')) break;
  }
}

const plain = (chunks: TextChunkModel[]) =>
  chunks.map((c) => c.spans.map((s) => s.text).join('')).join('');
