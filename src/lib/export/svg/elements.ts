/**
 * Which elements and attributes of the live chart reach the file. A whitelist: anything not
 * named here (scripts, `foreignObject`, images, event handlers, classes, inline styles, data
 * attributes, links out) is dropped, and references must point inside the file.
 */
import { attr, fmt } from './xml';

// prettier-ignore
const TAGS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'textPath', 'title', 'desc', 'clipPath', 'mask', 'marker',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'a', 'filter', 'feBlend', 'feColorMatrix',
  'feComposite', 'feDropShadow', 'feFlood', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset',
]);

// prettier-ignore
const ATTRS = new Set([
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points',
  'viewBox', 'preserveAspectRatio', 'id', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'pathLength', 'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'fr',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits',
  'maskContentUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'filterUnits', 'primitiveUnits', 'stdDeviation', 'in', 'in2', 'result', 'operator', 'values',
  'type', 'mode', 'k1', 'k2', 'k3', 'k4', 'radius', 'startOffset', 'method', 'spacing', 'side',
  'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden',
  'aria-roledescription', 'lang', 'xml:lang', 'xml:space',
]);

/** Geometry that CSS may set instead of an attribute (SVG 2 geometry properties). */
const GEOMETRY: Record<string, string[]> = {
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  path: ['d'],
};

/** The `#id` an element refers to through `href`/`xlink:href`, if any. */
export function hrefOf(el: Element): string | null {
  return el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
}

const localRef = (href: string | null, ids: ReadonlySet<string>): string | null =>
  href && href.startsWith('#') && ids.has(href.slice(1)) ? href : null;

/** Whether `el` may appear in the file (a `<use>` only if it points inside it). */
export function isExportedTag(el: Element, ids: ReadonlySet<string>): boolean {
  if (!TAGS.has(el.localName)) return false;
  if (el.localName === 'use') return localRef(hrefOf(el), ids) !== null;
  return true;
}

/** Whitelisted attributes of `el`, escaped; local references written as `xlink:href`. */
export function elementAttrs(
  el: Element,
  ids: ReadonlySet<string>,
  cs?: CSSStyleDeclaration,
): string {
  let out = '';
  for (const a of el.attributes) {
    // A file has nothing to press: a button of the page is a group there.
    if (a.name === 'role' && a.value === 'button') continue;
    if (ATTRS.has(a.name)) out += attr(a.name, a.value);
  }
  if (el.localName !== 'a') {
    const ref = localRef(hrefOf(el), ids);
    if (ref) out += attr('xlink:href', ref);
  }
  for (const prop of (cs && GEOMETRY[el.localName]) || []) {
    if (el.hasAttribute(prop)) continue;
    const v = cs!.getPropertyValue(prop);
    if (prop === 'd') {
      const m = /^path\("(.*)"\)$/.exec(v);
      if (m) out += attr('d', m[1]!);
    } else if (v && v !== 'auto' && !(v === '0px' && prop !== 'x' && prop !== 'y')) {
      out += attr(prop, v.endsWith('px') ? v.slice(0, -2) : v);
    }
  }
  return out;
}

function parseMatrix(t: string): number[] | null {
  const m = /^matrix\(([^)]+)\)$/.exec(t);
  const v = m ? m[1]!.split(',').map(Number) : null;
  return v && v.length === 6 && v.every(Number.isFinite) ? v : null;
}

/**
 * The element's transform: its `transform` attribute as written when CSS leaves it alone,
 * otherwise the computed CSS transform folded with its transform-origin into a `matrix()`.
 */
export function transformAttr(el: Element, cs: CSSStyleDeclaration): string {
  const own = el.getAttribute('transform');
  const m = parseMatrix(cs.transform ?? '');
  if (!m) return own && cs.transform !== 'none' ? attr('transform', own) : '';
  const [ox, oy] = (cs.transformOrigin ?? '').split(' ').map((v) => parseFloat(v) || 0);
  let x0 = ox ?? 0;
  let y0 = oy ?? 0;
  if (cs.transformBox === 'fill-box' && 'getBBox' in el) {
    const b = (el as SVGGraphicsElement).getBBox();
    x0 += b.x;
    y0 += b.y;
  }
  const base = (el as SVGGraphicsElement).transform?.baseVal?.consolidate()?.matrix;
  const same =
    own &&
    base &&
    !x0 &&
    !y0 &&
    [base.a, base.b, base.c, base.d, base.e, base.f].every((v, i) => Math.abs(v - m[i]!) < 1e-6);
  if (same) return attr('transform', own);
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const e2 = x0 + e - (a * x0 + c * y0);
  const f2 = y0 + f - (b * x0 + d * y0);
  return ` transform="matrix(${[a, b, c, d].map((v) => +v.toFixed(6)).join(' ')} ${fmt(e2)} ${fmt(f2)})"`;
}
