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

import { COLOR_PROPS, INHERITS, INITIAL, LENGTH_PROPS, PRESENTATION } from './css/tables';
import { parseDecls, parseRules, splitTop, type Decl, type Rule } from './css/parse';
import {
  argsOf,
  formatColor,
  matrixOf,
  parseColorValue,
  pxText,
  resolveColors,
  round3,
  toPx,
} from './css/values';

export { matrixOf } from './css/values';
export { specificity } from './css/parse';

export interface NodeStyleOptions {
  /** Extra CSS before the document's `<style>` elements (the app's stylesheet). */
  baseCss: string;
  /** Viewport width for `@media (min-width/max-width)`. */
  width?: number;
}

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
