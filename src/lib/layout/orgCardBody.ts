/**
 * The inside of an org-chart card (its texts, level marker, top band and row rules) in
 * coordinates local to the card's top-left corner. Depends only on the card, its size, the
 * direction and folding, so it is memoized per card and shared by every layout: re-laying out a
 * big chart on a fold costs positions, not texts.
 */
import type { Dir } from '../i18n/locale';
import { CARD, FONTS, LINE_HEIGHT, type OrgCard, type TextLine } from './orgCards';

export interface PlacedText extends TextLine {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end';
}
/** A card's texts and marks, in coordinates local to the card's top-left corner. */
export interface CardBody {
  /** The organization's name (and other-script names, or its meetings). */
  header: PlacedText[];
  /** Height of the header block, from the card's top. */
  headerHeight: number;
  /** One row per counterpart, none when folded; a rule is drawn at each row's top. */
  rows: { personId: string; y: number; h: number; texts: PlacedText[] }[];
  marker: { x: number; y: number };
  /** The level-coloured top edge. */
  band: string;
  /** Start and end of the rules between rows. */
  ruleX: [number, number];
}

const RADIUS = 6;
const BAND = 4;

/** Rounds to a tenth of a pixel: shorter SVG, stable snapshots. */
export const r1 = (v: number) => Math.round(v * 10) / 10;
export const lineH = (l: TextLine) => FONTS[l.role].size * LINE_HEIGHT;

const bodies = new WeakMap<OrgCard, Map<string, CardBody>>();

/**
 * A card's insides in card-local coordinates (origin at its top-left corner). They depend only
 * on the card, the direction and folding, so they are computed once and shared by every layout.
 */
export function cardBody(
  card: OrgCard,
  w: number,
  h: number,
  dir: Dir,
  collapsed: boolean,
): CardBody {
  const key = `${dir}|${collapsed}|${w}|${h}`;
  let cache = bodies.get(card);
  const hit = cache?.get(key);
  if (hit) return hit;
  const rtl = dir === 'rtl';
  const start = rtl ? w - CARD.padX : CARD.padX;
  const sign = rtl ? -1 : 1;
  const put = (out: PlacedText[], l: TextLine, top: number, indent: number) => {
    const lh = lineH(l);
    out.push({
      text: l.text,
      lang: l.lang,
      dir: l.dir,
      role: l.role,
      width: l.width,
      x: r1(start + sign * indent),
      y: r1(top + lh / 2 + FONTS[l.role].size * 0.36),
      anchor: l.dir === dir ? 'start' : 'end',
    });
    return top + lh;
  };
  // Lines of the organization's name sit beside the marker; a meetings line does not.
  const header: PlacedText[] = [];
  let y = CARD.padTop;
  for (const l of card.header) y = put(header, l, y, l.role === 'meta' ? 0 : CARD.marker);
  const headerHeight = y + 4;
  const rows: CardBody['rows'] = [];
  if (!collapsed) {
    y = headerHeight;
    for (const p of card.people) {
      const texts: PlacedText[] = [];
      let ly = y + CARD.rowGap;
      for (const l of p.lines) ly = put(texts, l, ly, 0);
      rows.push({ personId: p.person.id, y: r1(y), h: r1(p.height), texts });
      y += p.height;
    }
  }
  const first = card.header[0];
  const body: CardBody = {
    header,
    headerHeight: r1(headerHeight),
    rows,
    marker: { x: r1(start + sign * 6), y: r1(CARD.padTop + (first ? lineH(first) / 2 : 8)) },
    band: `M0,${BAND}V${RADIUS}A${RADIUS},${RADIUS} 0 0 1 ${RADIUS},0H${r1(w - RADIUS)}A${RADIUS},${RADIUS} 0 0 1 ${r1(w)},${RADIUS}V${BAND}Z`,
    ruleX: [CARD.padX, r1(w - CARD.padX)],
  };
  if (!cache) bodies.set(card, (cache = new Map()));
  cache.set(key, body);
  return body;
}
