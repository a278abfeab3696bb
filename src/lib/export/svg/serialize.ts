/**
 * `serializeSvg`: the live chart `<svg>` → a standalone SVG file (a string). The live tree is only
 * read, never changed: elements and attributes pass a whitelist, computed styles become
 * presentation attributes, references stay inside the file, every string is escaped, and the
 * chart is framed by a header (title) and a footer (legend, source, export date).
 */
import { estimateWidth, type Measure } from '../../text/measure';
import { layoutBands, PAD, type BandText } from './bands';
import { FAMILY } from '../../fonts/fontFaces';
import { GlyphDefs, outlineText, outlineTitle, strokeFirst } from './outline';
import { initialInherited, styleAttrs, type Inherited } from './style';
import { readText, type TextModel } from './textModel';
import type { BandTheme, FontKit, SerializeOptions } from '../types';
import { attr, escapeAttr, escapeText, fmt } from './xml';
import { elementAttrs, isExportedTag, transformAttr } from './elements';
import { textsByWeight } from '../fonts/fontNeeds';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LIGHT: BandTheme = { paper: '#fbfaf7', ink: '#1b2330', muted: '#465161', rule: '#dedad0' };
/** Containers whose content is referenced, not rendered in place: never dropped for `display`. */
const DEFS = new Set([
  'defs',
  'clipPath',
  'mask',
  'marker',
  'pattern',
  'symbol',
  'linearGradient',
  'radialGradient',
  'filter',
]);

interface Ctx {
  mode: SerializeOptions['mode'];
  kit: FontKit | null;
  ids: ReadonlySet<string>;
  defs: GlyphDefs;
  /** Code points per computed font-weight, for the embedded subsets. */
  used: Map<number, Set<number>>;
}

function noteUsed(ctx: Ctx, text: string, weight: number) {
  let set = ctx.used.get(weight);
  if (!set) ctx.used.set(weight, (set = new Set()));
  for (const ch of text) set.add(ch.codePointAt(0)!);
}

function serializeText(
  el: SVGTextElement,
  cs: CSSStyleDeclaration,
  inh: Inherited,
  ctx: Ctx,
): string {
  const base = elementAttrs(el, ctx.ids);
  if (ctx.mode === 'outline' && ctx.kit) {
    const paint = styleAttrs('g', cs, inh, ctx.ids, el);
    const model = readText(
      el,
      getComputedStyle,
      (node, ncs) => styleAttrs('tspan', ncs, { ...inh }, ctx.ids, node),
      (text) => ctx.kit!.firstStrong(text),
    );
    return outlineGroup(model, ctx, `${keepIdAndAria(base)}${transformAttr(el, cs)}${paint}`, cs);
  }
  let out = `<text${base}${transformAttr(el, cs)}${styleAttrs('text', cs, inh, ctx.ids, el)}>`;
  for (const node of el.childNodes)
    out += serializeNode(node, inh, ctx, parseFloat(cs.fontWeight) || 400);
  return `${out}</text>`;
}

/** On an outlined text's `<g>`, only the id and ARIA attributes of the `<text>` still apply. */
const keepIdAndAria = (attrs: string) =>
  (attrs.match(/ (id|role|aria-[a-z]+|lang|xml:lang)="[^"]*"/g) ?? []).join('');

function outlineGroup(model: TextModel, ctx: Ctx, attrs: string, cs?: CSSStyleDeclaration): string {
  if (!model.chunks.length) return '';
  const stroke =
    cs?.stroke && cs.stroke !== 'none'
      ? { width: parseFloat(cs.strokeWidth) || 1, first: strokeFirst(cs.paintOrder ?? '') }
      : null;
  const aria = /role=/.test(attrs) ? '' : ' role="img"';
  return (
    `<g${attrs}${aria}${attr('aria-label', model.label)}>${outlineTitle(model)}` +
    `${outlineText(model, ctx.kit!, ctx.defs, stroke)}</g>`
  );
}

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'line', 'polyline', 'polygon']);
const clear = (paint: string) =>
  paint === 'none' || paint === 'transparent' || /rgba\(.*,\s*0\)$/.test(paint);

/**
 * Drawn but never seen: a hit area (transparent fill, no stroke), a focus ring not showing,
 * anything at opacity 0. A file has no pointer or focus, so these are not drawing: dropped.
 */
function unseen(tag: string, cs: CSSStyleDeclaration): boolean {
  if (cs.opacity === '0') return true;
  if (!SHAPES.has(tag)) return false;
  if (cs.visibility === 'hidden') return true;
  const noStroke = clear(cs.stroke) || parseFloat(cs.strokeWidth) === 0;
  return clear(cs.fill) && noStroke;
}

function serializeNode(node: Node, inherited: Inherited, ctx: Ctx, weight = 400): string {
  if (node.nodeType === 3) {
    const p = node.parentElement?.localName ?? '';
    if (!/^(text|tspan|textPath|title|desc|a)$/.test(p)) return '';
    if (p !== 'title' && p !== 'desc') noteUsed(ctx, node.nodeValue ?? '', weight);
    return escapeText(node.nodeValue ?? '');
  }
  if (!(node instanceof Element) || node.namespaceURI !== SVG_NS) return '';
  return serializeElement(node, inherited, ctx);
}

function serializeElement(el: Element, inherited: Inherited, ctx: Ctx): string {
  const tag = el.localName;
  if (!isExportedTag(el, ctx.ids)) return '';
  if (tag === 'title' || tag === 'desc')
    return `<${tag}>${escapeText(el.textContent ?? '')}</${tag}>`;
  // Interaction only (a fold button, a "+N" to press): marked so by the component.
  if (el.getAttribute('data-export') === 'skip') return '';
  const cs = getComputedStyle(el);
  const referenced = DEFS.has(tag) || !!el.closest('defs,clipPath,mask,marker,pattern,symbol');
  if (!referenced && (cs.display === 'none' || unseen(tag, cs))) return '';
  const inh = { ...inherited };
  if (tag === 'text') return serializeText(el as SVGTextElement, cs, inh, ctx);
  const out = tag === 'a' ? 'g' : tag;
  let s = `<${out}${elementAttrs(el, ctx.ids, cs)}${transformAttr(el, cs)}${styleAttrs(tag, cs, inh, ctx.ids, el)}`;
  const weight = parseFloat(cs.fontWeight) || 400;
  let body = '';
  for (const child of el.childNodes) body += serializeNode(child, inh, ctx, weight);
  s += body ? `>${body}</${out}>` : '/>';
  return s;
}

function bandText(t: BandText, ctx: Ctx): string {
  const m = t.model;
  if (ctx.mode === 'outline' && ctx.kit) return outlineGroup(m, ctx, attr('fill', t.fill));
  const c = m.chunks[0]!;
  noteUsed(ctx, m.label, t.weight);
  return (
    `<text${attr('x', c.x)}${attr('y', c.y)}${attr('text-anchor', c.anchor)}${attr('direction', m.dir)}` +
    `${attr('font-size', m.size)}${attr('font-weight', t.weight)}${attr('fill', t.fill)}>` +
    `${escapeText(m.label)}</text>`
  );
}

/** `svg` as a nested `<svg>` at (x, y), w × h, keeping its viewBox. */
function nestedSvg(
  svg: SVGSVGElement,
  x: number,
  y: number,
  w: number,
  h: number,
  ctx: Ctx,
  parentInh: Inherited,
): string {
  const inh = { ...parentInh };
  let out = `<svg${attr('x', x)}${attr('y', y)}${attr('width', w)}${attr('height', h)}`;
  const box = svg.getAttribute('viewBox');
  const size = svg.getBoundingClientRect();
  // Without a viewBox, user units are the on-screen pixels; keep them when the swatch is scaled.
  if (box) out += attr('viewBox', box);
  else if (size.width && (size.width !== w || size.height !== h))
    out += attr('viewBox', `0 0 ${fmt(size.width)} ${fmt(size.height)}`);
  else if (!size.width) {
    const sw = parseFloat(svg.getAttribute('width') ?? '');
    const sh = parseFloat(svg.getAttribute('height') ?? '');
    if (sw && sh && (sw !== w || sh !== h)) out += attr('viewBox', `0 0 ${fmt(sw)} ${fmt(sh)}`);
  }
  for (const name of ['preserveAspectRatio', 'lang', 'xml:lang']) {
    const v = svg.getAttribute(name);
    if (v) out += attr(name, v);
  }
  out += styleAttrs('svg', getComputedStyle(svg), inh, ctx.ids, svg);
  let body = '';
  for (const child of svg.childNodes) body += serializeNode(child, inh, ctx);
  return `${out}>${body}</svg>`;
}

/** A glyph-id prefix that no id of the chart starts with. */
function glyphPrefix(ids: ReadonlySet<string>): string {
  let prefix = 'zg';
  while ([...ids].some((id) => id.startsWith(prefix))) prefix += '_';
  return prefix;
}

/**
 * The standalone SVG for `svg` as it is shown now (its on-screen size and viewBox), `PAD` in from
 * both sides of the file, under its title and above its legend.
 * Options: see `SerializeOptions`. Throws when `mode` is `outline` and `fonts` is null.
 */
export async function serializeSvg(svg: SVGSVGElement, options: SerializeOptions): Promise<string> {
  if (options.mode === 'outline' && !options.fonts)
    throw new Error('serializeSvg: mode "outline" needs fonts (a FontKit), got null');
  const kit = options.fonts;
  const roots = [svg, ...(options.legend ?? []).flatMap((i) => (i.swatch ? [i.swatch] : []))];
  const ids = new Set(roots.flatMap((r) => [...r.querySelectorAll('[id]')].map((e) => e.id)));
  // The faces beyond IBM Plex Sans Arabic (Korean chunks) load before any text is shaped.
  await kit?.prepare(textsByWeight(roots, options));
  const ctx: Ctx = {
    mode: options.mode,
    kit,
    ids,
    defs: new GlyphDefs(glyphPrefix(ids)),
    used: new Map(),
  };
  const box = svg.getBoundingClientRect();
  const w = box.width || parseFloat(svg.getAttribute('width') ?? '') || 300;
  const h = box.height || parseFloat(svg.getAttribute('height') ?? '') || 150;
  const theme = options.theme ?? LIGHT;
  // Shaped with the embedded fonts when there are some, else the layout estimate.
  const measure: Measure = (s, font) =>
    kit
      ? (kit.shapeLine([{ text: s, weight: font.weight ?? 400 }], options.dir).width * font.size) /
        kit.upem
      : estimateWidth(s, font);
  // The chart stands PAD in from both sides, as the title and the legend do: without it, tick
  // and lane labels drawn at the chart's edges touched the file's.
  const fileW = w + 2 * PAD;
  const { header, footer } = layoutBands({ ...options, theme }, fileW, measure);
  const family = `"${kit?.family ?? FAMILY}", sans-serif`;

  const rootInh = { ...initialInherited(), direction: options.dir, 'font-family': family };
  const chart = nestedSvg(svg, PAD, header.height, w, h, ctx, rootInh);
  const footerInh = { ...rootInh };
  const swatches = footer.swatches
    .map((s) => (s.item.swatch ? nestedSvg(s.item.swatch, s.x, s.y, s.w, s.h, ctx, footerInh) : ''))
    .join('');
  const headerSvg = header.texts.map((t) => bandText(t, ctx)).join('');
  const footerSvg = footer.shapes + swatches + footer.texts.map((t) => bandText(t, ctx)).join('');
  const total = header.height + h + footer.height;
  const css = options.mode === 'text' && kit ? await kit.fontFaceCss(ctx.used) : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"` +
    `${attr('width', fileW)}${attr('height', total)} viewBox="0 0 ${fmt(fileW)} ${fmt(total)}"` +
    `${attr('lang', options.lang)}${attr('xml:lang', options.lang)}${attr('direction', options.dir)}` +
    `${attr('font-family', family)} role="img">\n` +
    `<title>${escapeText(options.title)}</title>\n<desc>${escapeText(options.desc)}</desc>\n` +
    (css ? `<style>${escapeText(css)}</style>\n` : '') +
    (ctx.defs.size ? `<defs>${ctx.defs}</defs>\n` : '') +
    `<rect width="${fmt(fileW)}" height="${fmt(total)}" fill="${escapeAttr(options.background ?? theme.paper)}"/>\n` +
    `<g>${headerSvg}</g>\n${chart}\n` +
    `<g transform="translate(0 ${fmt(header.height + h)})">${footerSvg}</g>\n</svg>\n`
  );
}
