/**
 * The frame of a current-view file of the org chart. A file must not show half a card: the
 * view is widened to hold whole every card it cuts (the reader saw part of each, so the file
 * keeps them all, at the view's zoom) and every country heading it cuts. Cards the widened frame
 * would cut in turn were not in the view at all: they are left out, so nothing is drawn half.
 * Pure: the component hands the result to the export, which draws it. The opening fit keeps
 * cards whole at the edges with the same tests (`cutCards`).
 */
import type { OrgChartLayout, PlacedCard, Rect } from './orgChart';
import { viewportOf } from './viewRegion';

/** Whether `a` meets the inside of `b`. */
const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export const SLACK = 0.5;
const holds = (v: Rect, c: Rect) =>
  c.x >= v.x - SLACK &&
  c.y >= v.y - SLACK &&
  c.x + c.w <= v.x + v.w + SLACK &&
  c.y + c.h <= v.y + v.h + SLACK;

/** A card and its fold button, which stands on its edge. */
export function cardExtent(c: PlacedCard): Rect {
  const t = c.toggle;
  if (!t) return c;
  const x = Math.min(c.x, t.x);
  const y = Math.min(c.y, t.y);
  const w = Math.max(c.x + c.w, t.x + t.w) - x;
  return { x, y, w, h: Math.max(c.y + c.h, t.y + t.h) - y };
}

/**
 * The cards `view` cuts (chart coordinates): those it meets without `within` (default the view)
 * holding them whole, fold button included.
 */
export function cutCards(layout: Pick<OrgChartLayout, 'cards'>, view: Rect, within = view): Rect[] {
  return layout.cards.map(cardExtent).filter((c) => meets(c, view) && !holds(within, c));
}

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/** Screen px left clear around the cards the frame was widened for. */
const MARGIN = 8;

/**
 * What a file of the view of transform `t` in a `width` × `height` viewport draws: `frame.box`
 * (chart coordinates) at zoom `frame.k`, and `layout` holding only the cards (and links) drawn
 * whole in it.
 */
export function orgViewFrame(
  layout: OrgChartLayout,
  t: { k: number; x: number; y: number },
  width: number,
  height: number,
) {
  const view = viewportOf(t, width, height);
  const m = MARGIN / t.k;
  let frame = view;
  for (const c of layout.cards.map(cardExtent))
    if (meets(c, view) && !holds(view, c))
      frame = union(frame, { x: c.x - m, y: c.y - m, w: c.w + 2 * m, h: c.h + 2 * m });
  // A heading (the country's name) is drawn where it stands in a still drawing: whole, too.
  for (const g of layout.groups)
    if (meets(g.plate, frame) && !holds(frame, g.plate)) frame = union(frame, g.plate);
  const cards = layout.cards.filter((c) => holds(frame, cardExtent(c)));
  // A link runs off the edge towards a card out of the frame, but never ends at one left out.
  const left = layout.cards.filter(
    (c) => meets(cardExtent(c), frame) && !holds(frame, cardExtent(c)),
  );
  const links = layout.links.filter(
    (l) => meets(l.box, frame) && !left.some((c) => l.id.endsWith(`>${c.id}`)),
  );
  return { frame: { box: frame, k: t.k }, layout: { ...layout, cards, links } };
}
