/**
 * Computed style → presentation attributes. Only a whitelist of SVG presentation properties is
 * copied, with CSS variables already resolved by the browser; inherited properties are written
 * only where they change, so the file stays small and needs no stylesheet.
 */
import { attr } from './xml';

/** Inherited presentation properties and their initial computed values. */
export const INHERITED: Readonly<Record<string, string>> = {
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
  'font-family': '',
  'font-size': '16px',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
  'word-spacing': '0px',
  direction: 'ltr',
  'text-rendering': 'auto',
};

/** Properties that do not inherit, and their initial values. */
export const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
  'vector-effect': 'none',
  'baseline-shift': '0px',
  'unicode-bidi': 'normal',
  'text-decoration-line': 'none',
  'mix-blend-mode': 'normal',
};
export const STOP: Readonly<Record<string, string>> = {
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
};
export const FLOOD: Readonly<Record<string, string>> = {
  'flood-color': 'rgb(0, 0, 0)',
  'flood-opacity': '1',
};
const TEXT_ONLY = new Set(['text-anchor', 'dominant-baseline', 'letter-spacing', 'word-spacing']);
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
const OPACITY_OF: Record<string, string> = {
  fill: 'fill-opacity',
  stroke: 'stroke-opacity',
  'stop-color': 'stop-opacity',
  'flood-color': 'flood-opacity',
};

export type Inherited = Record<string, string>;

/** Resolves `url(…#id)` to `url(#id)` when `id` is exported, else `null`. */
export function localUrl(value: string, ids: ReadonlySet<string>): string | null {
  const m = /url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/.exec(value);
  if (!m) return null;
  const id = decodeURIComponent(m[1]!);
  return ids.has(id) ? `url(#${id})` : null;
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `rgb(…)`/`rgba(…)` → `#rrggbb` and an alpha; other colour syntaxes pass through. */
export function parseColor(v: string): { color: string; alpha: number } {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    v,
  );
  if (!m) return { color: v, alpha: 1 };
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { color: `#${hex2(+m[1]!)}${hex2(+m[2]!)}${hex2(+m[3]!)}`, alpha: a };
}

/** A computed value rewritten for a presentation attribute; `null` drops the property. */
function toAttr(prop: string, value: string, ids: ReadonlySet<string>): string | null {
  if (value.includes('url(')) {
    const local = localUrl(value, ids);
    if (local) return local;
    // A paint server that is not exported: use its fallback colour, if any.
    const fallback = value.replace(/url\([^)]*\)/, '').trim();
    return prop === 'fill' || prop === 'stroke' ? fallback || 'none' : null;
  }
  if (prop === 'stroke-dasharray' && value !== 'none')
    return value.replace(/px/g, '').replace(/,\s*/g, ' ');
  if (/^-?[\d.]+px$/.test(value)) return value.slice(0, -2);
  return value;
}

/** Attribute values for `props` read from `cs`; rgba() alphas fold into the opacities. */
function desired(
  props: Readonly<Record<string, string>>,
  read: (prop: string) => string,
  ids: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const prop in props) {
    const v = read(prop);
    const a = v ? toAttr(prop, v, ids) : null;
    if (a !== null) out[prop] = a;
  }
  for (const [prop, opacityProp] of Object.entries(OPACITY_OF)) {
    const v = out[prop];
    if (v === undefined) continue;
    const { color, alpha } = parseColor(v);
    const paint = prop === 'fill' || prop === 'stroke';
    out[prop] = alpha === 0 && paint ? 'none' : color;
    if (alpha > 0 && alpha < 1) {
      const base = parseFloat(out[opacityProp] ?? '1');
      out[opacityProp] = String(
        Math.round(alpha * (Number.isFinite(base) ? base : 1) * 1000) / 1000,
      );
    }
  }
  return out;
}

const NO_IDS: ReadonlySet<string> = new Set();
/** What a standalone SVG root inherits before any attribute: the initial values, as attributes. */
export const initialInherited = (): Inherited =>
  desired(INHERITED, (p) => INHERITED[p] ?? '', NO_IDS);
const INITIAL_OWN = desired(
  { ...OWN, ...STOP, ...FLOOD },
  (p) => ({ ...OWN, ...STOP, ...FLOOD })[p] ?? '',
  NO_IDS,
);

/**
 * The presentation attributes of an element of type `tag` with computed style `cs`, given what
 * its exported parent passes down (`inherited`, updated in place for its children). `el`, if
 * given, supplies presentation attributes the computed style lacks.
 */
export function styleAttrs(
  tag: string,
  cs: CSSStyleDeclaration,
  inherited: Inherited,
  ids: ReadonlySet<string>,
  el?: Element,
): string {
  // Browsers reflect presentation attributes in the computed style; DOMs without SVG styling
  // (jsdom) do not, so fall back to the attribute.
  const read = (p: string) => cs.getPropertyValue(p) || el?.getAttribute(p) || '';
  let out = '';
  const text = TEXT_TAGS.has(tag);
  for (const [prop, value] of Object.entries(desired(INHERITED, read, ids))) {
    if ((TEXT_ONLY.has(prop) && !text) || value === inherited[prop] || value === '') continue;
    inherited[prop] = value;
    out += attr(prop, value);
  }
  const own =
    tag === 'stop'
      ? { ...OWN, ...STOP }
      : /^fe(Flood|DropShadow)$/.test(tag)
        ? { ...OWN, ...FLOOD }
        : OWN;
  for (const [prop, value] of Object.entries(desired(own, read, ids))) {
    if (value === INITIAL_OWN[prop]) continue;
    out += attr(prop === 'text-decoration-line' ? 'text-decoration' : prop, value);
  }
  return out;
}
