/**
 * Where each country's tree goes: top-down, the trees stand side by side (the first at the
 * inline start); side-ways, one under the other. Each box holds a heading — the country's name
 * and what it is to the visit, over a rule the width of the tree — then the tree. Boxes are
 * worked out left to right and mirrored for RTL like the cards.
 */
import type { Dir } from '../i18n/locale';
import { r1 } from './orgCardBody';
import { HEADING_FONTS, type CardGroup, type HeadingText } from './orgGroups';
import type { Rect } from './orgTreeItems';

export interface PlacedHeadingText extends HeadingText {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end';
}

export interface PlacedGroup extends Rect {
  id: string;
  country: string | null;
  side: CardGroup['side'];
  /** The rule under the heading, in the side's colour. */
  rule: Rect;
  /** The heading's backing, so that it reads when it slides over cards (see `stickyHeading`). */
  plate: Rect;
  texts: PlacedHeadingText[];
  /** "Republic of Korea, Host country": the group's accessible name. */
  label: string;
}

/** The heading's height above a tree, its rule and the room under it, in px. */
export const HEADING = { height: 30, rule: 3, below: 18, gap: 12, padX: 2 };

export function placeGroups(
  groups: readonly CardGroup[],
  trees: readonly { w: number; h: number }[],
  o: { vertical: boolean; dir: Dir; gap: number; margin: number },
) {
  const top = HEADING.height + HEADING.rule + HEADING.below;
  const boxes: Rect[] = [];
  const offsets: [number, number][] = [];
  let cursor = o.margin;
  groups.forEach((g, i) => {
    const t = trees[i] ?? { w: 0, h: 0 };
    const [name, tag] = g.heading;
    const headingW = 2 * HEADING.padX + name.width + (tag.text ? HEADING.gap + tag.width : 0);
    const w = Math.max(t.w, headingW);
    const h = top + t.h;
    const box = o.vertical ? { x: cursor, y: o.margin, w, h } : { x: o.margin, y: cursor, w, h };
    boxes.push(box);
    offsets.push([box.x, box.y + top]);
    cursor += (o.vertical ? w : h) + o.gap;
  });
  const width = Math.max(0, ...boxes.map((b) => b.x + b.w)) + o.margin;
  const height = Math.max(0, ...boxes.map((b) => b.y + b.h)) + o.margin;
  const rtl = o.dir === 'rtl';
  const sep = rtl ? '، ' : ', ';
  const placed = groups.map((g, i): PlacedGroup => {
    const b = boxes[i]!;
    const x = rtl ? width - b.x - b.w : b.x;
    const start = rtl ? x + b.w - HEADING.padX : x + HEADING.padX;
    const sign = rtl ? -1 : 1;
    const baseline = b.y + HEADING.height - 9;
    const [name, tag] = g.heading;
    const put = (t: HeadingText, at: number): PlacedHeadingText => ({
      ...t,
      x: r1(at),
      y: r1(baseline),
      anchor: t.dir === o.dir ? 'start' : 'end',
    });
    const texts = [put(name, start)];
    if (tag.text) texts.push(put(tag, start + sign * (name.width + HEADING.gap)));
    const textW = Math.min(b.w, (tag.text ? name.width + HEADING.gap + tag.width : name.width) + 8);
    return {
      id: g.id,
      country: g.country,
      side: g.side,
      x,
      y: b.y,
      w: b.w,
      h: b.h,
      rule: { x, y: b.y + HEADING.height, w: b.w, h: HEADING.rule },
      plate: {
        x: r1(rtl ? x + b.w - textW : x),
        y: b.y,
        w: r1(textW),
        h: HEADING.height + HEADING.rule,
      },
      texts,
      label: [name.text, tag.text].filter(Boolean).join(sep),
    };
  });
  return { groups: placed, offsets, width, height };
}

export { HEADING_FONTS };
