/**
 * Computed styles without a browser, for the headless CLI (`npm run render`) and prerendering.
 * The serializer reads `getComputedStyle`; in jsdom that knows neither the cascade of the
 * component styles nor custom properties. This resolver stands in for it: the app's stylesheet
 * and the components' own (injected as `<style>` by Svelte, `css: 'injected'`), matched with the
 * DOM's `Element.matches`, ordered by specificity and source order, presentation attributes
 * below author rules and the `style` attribute above; inherited properties and custom properties
 * inherit; `var()`, `light-dark()` (the light theme), `color-mix(in srgb, …)`, `currentColor`,
 * `calc()` of lengths and `rem`/`em` are resolved; colours come out as Chromium writes them
 * (`rgb(r, g, b)` / `rgba(r, g, b, a)`), lengths in px. It covers what the chart components use,
 * not CSS at large: `@media` is judged for a light, screen, no-preference reader of `width` px.
 */

export interface NodeStyleOptions {
  /** Extra CSS before the document's `<style>` elements (the app's stylesheet). */
  baseCss: string;
  /** Viewport width for `@media (min-width/max-width)`. */
  width?: number;
}

interface Decl {
  prop: string;
  value: string;
  important: boolean;
}
interface Rule {
  selectors: { text: string; spec: number; key: string }[];
  decls: Decl[];
  order: number;
}

/** Inherited properties (the SVG presentation ones, text, colour). */
const INHERITS = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'paint-order',
  'clip-rule',
  'marker-start',
  'marker-mid',
  'marker-end',
  'visibility',
  'shape-rendering',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'word-spacing',
  'direction',
  'text-rendering',
  'color',
  'white-space',
  'color-scheme',
  'cursor',
  'line-height',
]);

const INITIAL: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'paint-order': 'normal',
  'clip-rule': 'nonzero',
  'marker-start': 'none',
  'marker-mid': 'none',
  'marker-end': 'none',
  visibility: 'visible',
  'shape-rendering': 'auto',
  'font-family': 'sans-serif',
  'font-size': '16px',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
  'word-spacing': '0px',
  direction: 'ltr',
  'text-rendering': 'auto',
  color: 'rgb(0, 0, 0)',
  'white-space': 'normal',
  opacity: '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
  'vector-effect': 'none',
  'baseline-shift': '0px',
  'unicode-bidi': 'normal',
  'text-decoration-line': 'none',
  'text-decoration-thickness': 'auto',
  'mix-blend-mode': 'normal',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'flood-color': 'rgb(0, 0, 0)',
  'flood-opacity': '1',
  display: 'inline',
  'transform-origin': '0px 0px',
  'transform-box': 'view-box',
  'background-color': 'rgba(0, 0, 0, 0)',
  // Geometry properties a browser reports for every SVG element (the serializer reads x and y).
  x: '0px',
  y: '0px',
};

/**
 * An SVG `transform` attribute as the computed `matrix(a, b, c, d, e, f)` a browser reports;
 * `null` for what it does not parse (the attribute is then copied as written).
 */
export function matrixOf(t: string): string | null {
  let m = [1, 0, 0, 1, 0, 0];
  const mul = (n: number[]) => {
    const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
    const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
    m = [
      a * A + c * B,
      b * A + d * B,
      a * C + c * D,
      b * C + d * D,
      a * E + c * F + e,
      b * E + d * F + f,
    ];
  };
  const re = /(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g;
  const rest = t.replace(re, '').replace(/[\s,]/g, '');
  if (rest) return null;
  for (const [, fn, argText] of t.matchAll(re)) {
    const a = argText!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (a.some((x) => !Number.isFinite(x))) return null;
    if (fn === 'matrix' && a.length === 6) mul(a);
    else if (fn === 'translate') mul([1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
    else if (fn === 'scale') mul([a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0]);
    else if (fn === 'rotate') {
      const r = ((a[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
      mul([1, 0, 0, 1, cx, cy]);
      mul([Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
      mul([1, 0, 0, 1, -cx, -cy]);
    } else if (fn === 'skewX') mul([1, 0, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 1, 0, 0]);
    else if (fn === 'skewY') mul([1, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 0, 1, 0, 0]);
    else return null;
  }
  return `matrix(${m.map((x) => String(Math.round(x * 1e6) / 1e6)).join(', ')})`;
}

/** SVG presentation attributes that take part in the cascade (below any author rule). */
const PRESENTATION = new Set([
  ...[...INHERITS].filter((p) => !['color-scheme', 'cursor', 'line-height'].includes(p)),
  'opacity',
  'clip-path',
  'mask',
  'filter',
  'stop-color',
  'stop-opacity',
  'flood-color',
  'flood-opacity',
  'display',
  'unicode-bidi',
  'vector-effect',
]);

const COLOR_PROPS = new Set([
  'fill',
  'stroke',
  'color',
  'stop-color',
  'flood-color',
  'background-color',
]);
const LENGTH_PROPS = new Set([
  'stroke-width',
  'stroke-dashoffset',
  'letter-spacing',
  'word-spacing',
  'baseline-shift',
]);

const NAMED: Record<string, [number, number, number]> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  silver: [192, 192, 192],
  orange: [255, 165, 0],
  yellow: [255, 255, 0],
};

// ---------------------------------------------------------------- parsing

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits at `sep` outside parentheses, brackets and strings. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export function parseDecls(block: string): Decl[] {
  const out: Decl[] = [];
  for (const part of splitTop(block, ';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const prop = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (!prop || !value) continue;
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    out.push({ prop: prop.startsWith('--') ? prop : prop.toLowerCase(), value, important });
  }
  return out;
}

/** Specificity as one number: ids × 10⁶ + classes × 10³ + types. */
export function specificity(sel: string): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let s = sel;
  // Functional pseudo-classes: :where() counts nothing; :is/:not/:has count their most specific.
  s = s.replace(/:(where|is|not|has|matches)\(((?:[^()]|\([^()]*\))*)\)/g, (_m, name, args) => {
    if (name !== 'where') {
      const best = Math.max(0, ...splitTop(String(args), ',').map((x) => specificity(x)));
      a += Math.floor(best / 1e6);
      b += Math.floor((best % 1e6) / 1e3);
      c += best % 1e3;
    }
    return ' ';
  });
  s = s.replace(/\[[^\]]*\]/g, () => {
    b++;
    return ' ';
  });
  s = s.replace(/"[^"]*"|'[^']*'/g, ' ');
  for (const m of s.matchAll(
    /#[\w-]+|\.[\w-]+|::?[\w-]+(\([^)]*\))?|(?:^|[\s>+~(])([a-zA-Z][\w-]*|\*)/g,
  )) {
    const t = m[0].trim().replace(/^[>+~(]/, '');
    if (t.startsWith('#')) a++;
    else if (t.startsWith('::')) c++;
    else if (t.startsWith('.') || t.startsWith(':')) b++;
    else if (t && t !== '*') c++;
  }
  return a * 1e6 + b * 1e3 + c;
}

/**
 * What an element must have for `sel` to match it, from its last compound selector: a class
 * (`c:name`), else a tag (`t:name`), else `*`. Rules are looked up by these keys.
 */
function keyOf(sel: string): string {
  const parts = sel
    .replace(/\([^()]*(\([^()]*\))*[^()]*\)/g, '()')
    .replace(/\[[^\]]*\]/g, '[]')
    .split(/[\s>+~]+/)
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const cls = /\.([\w-]+)/.exec(last);
  if (cls) return `c:${cls[1]}`;
  const tag = /^([a-zA-Z][\w-]*)/.exec(last);
  return tag ? `t:${tag[1]!.toLowerCase()}` : '*';
}

interface MediaEnv {
  width: number;
}

function mediaMatches(query: string, env: MediaEnv): boolean {
  return splitTop(query, ',').some((q) => {
    const t = q.trim().toLowerCase();
    if (/^not\b/.test(t)) return !mediaMatches(t.replace(/^not\s+/, ''), env);
    if (/\bprint\b/.test(t)) return false;
    for (const m of t.matchAll(/\(([^)]+)\)/g)) {
      const [k, v = ''] = m[1]!.split(':').map((x) => x.trim());
      const px = parseFloat(v) * (/(r?em)$/.test(v) ? 16 : 1);
      if (k === 'prefers-color-scheme' && v !== 'light') return false;
      if (k === 'prefers-reduced-motion' && v !== 'no-preference') return false;
      if (k === 'prefers-contrast' || k === 'forced-colors' || k === 'inverted-colors')
        if (v !== 'no-preference' && v !== 'none') return false;
      if (k === 'min-width' && !(env.width >= px)) return false;
      if (k === 'max-width' && !(env.width <= px)) return false;
      if (k === 'hover' && v !== 'hover') return false;
      if (k === 'pointer' && v !== 'fine') return false;
    }
    return true;
  });
}

/** Style rules of `css`, in order, with `@media` judged and `@supports`/`@layer` entered. */
export function parseRules(css: string, env: MediaEnv, start = 0): Rule[] {
  const rules: Rule[] = [];
  const src = stripComments(css);
  let i = 0;
  let order = start;
  const block = (from: number): [string, number] => {
    let depth = 1;
    let j = from;
    let quote = '';
    for (; j < src.length && depth > 0; j++) {
      const c = src[j]!;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    return [src.slice(from, j - 1), j];
  };
  while (i < src.length) {
    const open = src.indexOf('{', i);
    const semi = src.indexOf(';', i);
    if (open < 0) break;
    if (semi >= 0 && semi < open && src.slice(i, semi).trim().startsWith('@')) {
      i = semi + 1; // @import, @charset, @layer a, b;
      continue;
    }
    const prelude = src.slice(i, open).trim();
    const [body, next] = block(open + 1);
    i = next;
    if (prelude.startsWith('@')) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? '';
      const cond = prelude.slice(name.length + 1).trim();
      if (name === 'media' && !mediaMatches(cond, env)) continue;
      if (name === 'media' || name === 'supports' || name === 'layer' || name === 'scope') {
        const inner = parseRules(body, env, order);
        order += inner.length;
        rules.push(...inner);
      }
      continue; // @font-face, @keyframes, @container…
    }
    const selectors = splitTop(prelude, ',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, spec: specificity(text), key: keyOf(text) }));
    rules.push({ selectors, decls: parseDecls(body), order: order++ });
  }
  return rules;
}

// ---------------------------------------------------------------- values

function argsOf(v: string, fn: string): [number, number, string] | null {
  const at = v.toLowerCase().indexOf(`${fn}(`);
  if (at < 0) return null;
  let depth = 0;
  for (let j = at + fn.length; j < v.length; j++) {
    if (v[j] === '(') depth++;
    else if (v[j] === ')' && --depth === 0) return [at, j + 1, v.slice(at + fn.length + 1, j)];
  }
  return null;
}

type RGBA = [number, number, number, number];

export function parseColorValue(v: string): RGBA | null {
  const t = v.trim().toLowerCase();
  if (t === 'transparent') return [0, 0, 0, 0];
  if (NAMED[t]) return [...NAMED[t], 1];
  let m = /^#([0-9a-f]{3,8})$/.exec(t);
  if (m) {
    let h = m[1]!;
    if (h.length === 3 || h.length === 4) h = [...h].map((x) => x + x).join('');
    const n = (k: number) => parseInt(h.slice(k, k + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(t);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
    return [+m[1]!, +m[2]!, +m[3]!, a];
  }
  return null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
export function formatColor([r, g, b, a]: RGBA): string {
  const c = [r, g, b].map((x) => Math.round(x)).join(', ');
  return a >= 1 ? `rgb(${c})` : `rgba(${c}, ${round3(a)})`;
}

/** `color-mix(in srgb, A p%, B q%)`, premultiplied as CSS Color 5 says. */
function colorMix(args: string): RGBA | null {
  const parts = splitTop(args, ',').map((p) => p.trim());
  if (parts.length !== 3 || !/^in\s+srgb$/i.test(parts[0]!)) return null;
  const one = (p: string): [RGBA | null, number | null] => {
    const m = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(p)!;
    return [parseColorValue(m[1]!), m[2] === undefined ? null : +m[2] / 100];
  };
  const [c1, p1r] = one(parts[1]!);
  const [c2, p2r] = one(parts[2]!);
  if (!c1 || !c2) return null;
  let p1 = p1r ?? (p2r === null ? 0.5 : 1 - p2r);
  let p2 = p2r ?? 1 - p1;
  const sum = p1 + p2;
  p1 /= sum;
  p2 /= sum;
  const a = c1[3] * p1 + c2[3] * p2;
  if (a === 0) return [0, 0, 0, 0];
  const ch = (k: number) => (c1[k]! * c1[3] * p1 + c2[k]! * c2[3] * p2) / a;
  return [ch(0), ch(1), ch(2), a * Math.min(1, sum)];
}

/** Replaces `light-dark(a, b)` by `a` and `color-mix()` by its colour, innermost first. */
function resolveColors(v: string): string {
  let out = v;
  for (let guard = 0; guard < 50; guard++) {
    const ld = argsOf(out, 'light-dark');
    if (ld) {
      const [light] = splitTop(ld[2], ',');
      out = out.slice(0, ld[0]) + (light ?? '').trim() + out.slice(ld[1]);
      continue;
    }
    const cm = argsOf(out, 'color-mix');
    if (cm) {
      const mixed = colorMix(resolveColors(cm[2]));
      out = out.slice(0, cm[0]) + (mixed ? formatColor(mixed) : 'transparent') + out.slice(cm[1]);
      continue;
    }
    break;
  }
  return out;
}

/** A length in px, with `em` relative to `em` px; `calc()` of sums and products. */
export function toPx(v: string, em: number): number | null {
  const t = v.trim();
  const calc = /^calc\((.*)\)$/i.exec(t);
  if (calc) {
    const expr = calc[1]!.replace(/(-?[\d.]+)(px|r?em|%)?/g, (_m, n: string, u?: string) =>
      String(+n * (u === 'rem' ? 16 : u === 'em' ? em : 1)),
    );
    if (!/^[\d.\s+\-*/()]+$/.test(expr)) return null;
    try {
      return Number(Function(`"use strict";return (${expr})`)());
    } catch {
      return null;
    }
  }
  const m = /^(-?[\d.]+)(px|rem|em)?$/i.exec(t);
  if (!m) return null;
  const u = m[2]?.toLowerCase();
  return +m[1]! * (u === 'rem' ? 16 : u === 'em' ? em : 1);
}

const pxText = (n: number) => `${round3(n)}px`;

// ---------------------------------------------------------------- the resolver

/** `el.matches(sel)`, false for pseudo-elements and for what the DOM cannot parse. */
function matches(el: Element, sel: string): boolean {
  if (sel.includes('::')) return false;
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

type Computed = Map<string, string>;

/** A `getComputedStyle` for `doc`: call `invalidate()` after the DOM or its styles change. */
export function createNodeStyle(doc: Document, options: NodeStyleOptions) {
  const env = { width: options.width ?? 1280 };
  let rules: Rule[] = [];
  let sheetsKey = '';
  const cache = new WeakMap<Element, Computed>();
  const ua = parseRules(
    '[hidden]{display:none} style,script,template{display:none} ' +
      'b,strong{font-weight:bold} defs{display:inline}',
    env,
  );

  let byKey = new Map<string, Rule[]>();
  function ensureRules() {
    const styles = [...doc.querySelectorAll('style')];
    const key = styles.map((s) => s.textContent?.length ?? 0).join(',');
    if (key === sheetsKey && rules.length) return;
    sheetsKey = key;
    rules = parseRules(options.baseCss, env);
    for (const s of styles) rules.push(...parseRules(s.textContent ?? '', env, rules.length));
    byKey = new Map();
    for (const r of rules)
      for (const k of new Set(r.selectors.map((s) => s.key))) {
        const list = byKey.get(k);
        if (list) list.push(r);
        else byKey.set(k, [r]);
      }
  }

  /** The rules that may match `el` (by its classes and tag), in source order. */
  function candidates(el: Element): Rule[] {
    const keys = [
      '*',
      `t:${el.localName.toLowerCase()}`,
      ...[...el.classList].map((c) => `c:${c}`),
    ];
    const seen = new Set<Rule>();
    for (const k of keys) for (const r of byKey.get(k) ?? []) seen.add(r);
    return [...seen];
  }

  function cascade(el: Element): Map<string, string> {
    const hits: { spec: number; order: number; d: Decl; sub: number }[] = [];
    const add = (list: Rule[], origin: number) => {
      for (const r of list) {
        let best = -1;
        for (const s of r.selectors) {
          if (s.spec <= best) continue;
          if (matches(el, s.text)) best = s.spec;
        }
        if (best < 0) continue;
        r.decls.forEach((d, sub) => hits.push({ spec: best + origin, order: r.order, d, sub }));
      }
    };
    add(ua, -1e12);
    const pres: Decl[] = [];
    if (el.namespaceURI === 'http://www.w3.org/2000/svg')
      for (const a of el.attributes)
        if (PRESENTATION.has(a.name)) pres.push({ prop: a.name, value: a.value, important: false });
    pres.forEach((d, sub) => hits.push({ spec: -1e11, order: 0, d, sub }));
    add(candidates(el), 0);
    const inline = parseDecls(el.getAttribute('style') ?? '');
    inline.forEach((d, sub) => hits.push({ spec: 1e10, order: 0, d, sub }));
    hits.sort(
      (x, y) =>
        Number(x.d.important) - Number(y.d.important) ||
        x.spec - y.spec ||
        x.order - y.order ||
        x.sub - y.sub,
    );
    const out = new Map<string, string>();
    for (const { d } of hits) {
      for (const [p, v] of expand(d.prop, d.value)) out.set(p, v);
    }
    return out;
  }

  function expand(prop: string, value: string): [string, string][] {
    if (prop === 'background') {
      // Only the colour of a `background` shorthand matters here.
      const tokens = splitTop(value, ' ').filter(Boolean);
      const color = tokens.find((t) => !/^(none|url\(|repeat|no-repeat|center|top|left)/.test(t));
      return [['background-color', value === 'none' ? 'transparent' : (color ?? 'transparent')]];
    }
    if (prop === 'text-decoration') {
      return [
        ['text-decoration-line', /underline|line-through|overline/.exec(value)?.[0] ?? 'none'],
      ];
    }
    return [[prop, value]];
  }

  function substitute(v: string, vars: Computed, depth = 0): string {
    if (depth > 20 || !v.includes('var(')) return v;
    const m = argsOf(v, 'var');
    if (!m) return v;
    const [name, ...rest] = splitTop(m[2], ',');
    const fallback = rest.join(',').trim();
    const got = vars.get(name!.trim());
    const value = got !== undefined ? got : fallback;
    return substitute(v.slice(0, m[0]) + value + v.slice(m[1]), vars, depth + 1);
  }

  function compute(el: Element): Computed {
    // Kept while the element's own style and classes stay (the export's probe changes its style).
    const stamp = `${el.getAttribute('style') ?? ''}|${el.getAttribute('class') ?? ''}`;
    const hit = cache.get(el);
    if (hit && hit.get('\u0000') === stamp) return hit;
    ensureRules();
    const parent = el.parentElement ? compute(el.parentElement) : null;
    const declared = cascade(el);
    const out: Computed = new Map();
    // Custom properties first: they inherit, and their var()s resolve in their own context.
    if (parent) for (const [k, v] of parent) if (k.startsWith('--')) out.set(k, v);
    for (const [k, v] of declared) if (k.startsWith('--')) out.set(k, substitute(v, out));
    const raw = (p: string): string | undefined => {
      const v = declared.get(p);
      if (v === undefined) return undefined;
      const s = resolveColors(substitute(v, out)).trim();
      return s;
    };
    const parentOf = (p: string) => parent?.get(p) ?? INITIAL[p] ?? '';
    const take = (p: string): string => {
      const v = raw(p);
      if (v === undefined || v === 'unset')
        return INHERITS.has(p) ? parentOf(p) : (INITIAL[p] ?? '');
      if (v === 'inherit') return parentOf(p);
      if (v === 'initial') return INITIAL[p] ?? '';
      return v;
    };
    // font-size first: em lengths need it.
    const pfs = parseFloat(parentOf('font-size')) || 16;
    const fsv = take('font-size');
    const fsPx = /%$/.test(fsv) ? (parseFloat(fsv) / 100) * pfs : (toPx(fsv, pfs) ?? pfs);
    out.set('font-size', pxText(fsPx));
    const colorV = take('color');
    const color = /^currentcolor$/i.test(colorV) ? parentOf('color') : colorV;
    const c = parseColorValue(color);
    out.set('color', c ? formatColor(c) : color);
    for (const p of new Set([...Object.keys(INITIAL), ...declared.keys()])) {
      if (p.startsWith('--') || p === 'font-size' || p === 'color') continue;
      let v = take(p);
      const own = declared.has(p) && v !== parentOf(p);
      if (own || !INHERITS.has(p)) v = normalize(p, v, fsPx, out.get('color')!);
      out.set(p, v);
    }
    if (!declared.has('transform') && el.hasAttribute('transform'))
      out.set('transform', matrixOf(el.getAttribute('transform')!) ?? '');
    out.set('\u0000', stamp);
    cache.set(el, out);
    return out;
  }

  function normalize(p: string, v: string, em: number, color: string): string {
    if (COLOR_PROPS.has(p)) {
      if (/^currentcolor$/i.test(v)) return color;
      const c = parseColorValue(v);
      if (c) return formatColor(c);
      const url = /^url\(\s*["']?([^"')]*)["']?\s*\)\s*(.*)$/.exec(v);
      if (url) {
        const fb = url[2] ? parseColorValue(url[2]) : null;
        return `url("${url[1]}")${fb ? ` ${formatColor(fb)}` : url[2] ? ` ${url[2]}` : ''}`;
      }
      return v;
    }
    if (LENGTH_PROPS.has(p)) {
      if (v === 'normal') return v;
      const n = /^-?[\d.]+$/.test(v) ? +v : toPx(v, em);
      return n === null ? v : pxText(n);
    }
    if (p === 'font-family') {
      // As Chromium writes it: a name that is one identifier unquoted, others double-quoted.
      return splitTop(v, ',')
        .map((f) => f.trim().replace(/^["']|["']$/g, ''))
        .map((f) => (/^-?[a-zA-Z_][\w-]*$/.test(f) ? f : `"${f}"`))
        .join(', ');
    }
    if (p === 'font-weight') {
      if (v === 'normal') return '400';
      if (v === 'bold') return '700';
      return v;
    }
    if (p === 'opacity' || p.endsWith('-opacity')) {
      const n = /%$/.test(v) ? parseFloat(v) / 100 : parseFloat(v);
      return Number.isFinite(n) ? String(round3(Math.min(1, Math.max(0, n)))) : v;
    }
    if (p === 'stroke-dasharray' && v !== 'none')
      return splitTop(v.replace(/,/g, ' '), ' ')
        .filter(Boolean)
        .map((x) => pxText(toPx(x, em) ?? parseFloat(x)))
        .join(', ');
    if (p === 'clip-path' || p === 'mask' || p === 'filter' || p.startsWith('marker')) {
      const url = /^url\(\s*["']?([^"')]*)["']?\s*\)$/.exec(v);
      if (url) return `url("${url[1]}")`;
    }
    return v;
  }

  const camel = (p: string) => p.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const kebab = (p: string) => p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  function getComputedStyle(el: Element): CSSStyleDeclaration {
    const map = compute(el);
    const target = {
      getPropertyValue: (p: string) => map.get(p) ?? '',
      getPropertyPriority: () => '',
      get length() {
        return map.size - 1;
      },
      item: (i: number) => [...map.keys()].filter((k) => k !== '\u0000')[i] ?? '',
    };
    return new Proxy(target, {
      get(t, key) {
        if (typeof key !== 'string') return undefined;
        if (key in t) return t[key as keyof typeof t];
        if (key === 'cssFloat') return map.get('float') ?? 'none';
        return map.get(kebab(key)) ?? '';
      },
    }) as unknown as CSSStyleDeclaration;
  }

  return {
    getComputedStyle,
    /** Forgets computed styles (after the DOM changed). */
    invalidate: () => {
      // A WeakMap cannot be cleared; replace it by dropping every entry we know of.
      for (const el of doc.querySelectorAll('*')) cache.delete(el);
      cache.delete(doc.documentElement);
    },
    camel,
  };
}
