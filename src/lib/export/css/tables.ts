/** The property tables of the Node style resolver (`../nodeStyle.ts`). */
import { FLOOD, INHERITED, OWN, STOP } from '../svg/style';

export const INHERITS = new Set([
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

/**
 * Initial computed values, as a browser reports them: the serializer's own tables (what it
 * leaves out because it equals the initial value) plus what only the resolver needs. The
 * serializer's initial `font-family` is empty (it always writes the family); a browser's is
 * `sans-serif`.
 */
export const INITIAL: Record<string, string> = {
  ...INHERITED,
  ...OWN,
  ...STOP,
  ...FLOOD,
  'font-family': 'sans-serif',
  color: 'rgb(0, 0, 0)',
  'white-space': 'normal',
  'text-decoration-thickness': 'auto',
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
export const PRESENTATION = new Set([
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

export const COLOR_PROPS = new Set([
  'fill',
  'stroke',
  'color',
  'stop-color',
  'flood-color',
  'background-color',
]);
export const LENGTH_PROPS = new Set([
  'stroke-width',
  'stroke-dashoffset',
  'letter-spacing',
  'word-spacing',
  'baseline-shift',
]);

export const NAMED: Record<string, [number, number, number]> = {
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
