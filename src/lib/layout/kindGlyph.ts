/**
 * One small shape per engagement kind, told apart by outline alone (no colour needed): drawn
 * before a meeting's label on the chart, in the list and in the legend. Pure: a path for a
 * glyph centred at (cx, cy) in a box of `size` px.
 */
export const ENGAGEMENT_KINDS = [
  'meeting',
  'talk',
  'site-visit',
  'signing',
  'meal',
  'press',
  'ceremony',
  'other',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** The kind of an engagement (absent = "meeting"), or null for what is not one (an event). */
export function kindOf(item: { type: string; data: object }): EngagementKind | null {
  if (item.type !== 'meeting') return null;
  const k = (item.data as { kind?: string }).kind;
  return (ENGAGEMENT_KINDS as readonly string[]).includes(k ?? '')
    ? (k as EngagementKind)
    : 'meeting';
}

/** Whether the glyph is filled (true) or drawn as an outline. */
export const GLYPH_FILLED: Record<EngagementKind, boolean> = {
  meeting: true,
  talk: true,
  'site-visit': false,
  signing: true,
  meal: true,
  press: true,
  ceremony: true,
  other: false,
};

/** Room a glyph takes before a label, px (glyph and gap). */
export const GLYPH_LEAD = 14;

const f = (n: number) => Math.round(n * 100) / 100;

/** The SVG path of `kind`'s glyph, centred at (cx, cy), about `size` px across (default 9). */
export function glyphPath(kind: EngagementKind, cx: number, cy: number, size = 9): string {
  const r = size / 2;
  const x = (dx: number) => f(cx + dx * r);
  const y = (dy: number) => f(cy + dy * r);
  switch (kind) {
    case 'meeting': // a disc
    case 'other': // a ring (drawn as an outline)
      return `M${x(-0.85)},${y(0)}a${f(0.85 * r)},${f(0.85 * r)} 0 1,0 ${f(1.7 * r)},0a${f(0.85 * r)},${f(0.85 * r)} 0 1,0 ${f(-1.7 * r)},0z`;
    case 'talk': // a triangle pointing up (a lectern)
      return `M${x(0)},${y(-0.95)}L${x(0.95)},${y(0.8)}L${x(-0.95)},${y(0.8)}z`;
    case 'site-visit': // a map pin, outlined
      return `M${x(0)},${y(1)}L${x(-0.7)},${y(-0.1)}A${f(0.75 * r)},${f(0.75 * r)} 0 1,1 ${x(0.7)},${y(-0.1)}z`;
    case 'signing': // a slanted bar (a pen stroke)
      return `M${x(-1)},${y(0.75)}L${x(0.45)},${y(-0.9)}L${x(1)},${y(-0.9)}L${x(-0.45)},${y(0.75)}z`;
    case 'meal': // a bowl: a half disc, flat side up
      return `M${x(-1)},${y(-0.35)}L${x(1)},${y(-0.35)}A${f(r)},${f(r)} 0 0,1 ${x(-1)},${y(-0.35)}z`;
    case 'press': // a square
      return `M${x(-0.75)},${y(-0.75)}h${f(1.5 * r)}v${f(1.5 * r)}h${f(-1.5 * r)}z`;
    case 'ceremony': {
      // a five-pointed star
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? 0.42 : 1;
        pts.push(`${x(rr * Math.cos(a))},${y(rr * Math.sin(a))}`);
      }
      return `M${pts.join('L')}z`;
    }
  }
}
