/**
 * The org chart's trees, one per country: each host country in tour order, then each other
 * country, then international bodies (organizations with no country). Each has a heading — the
 * country's name in the reader's language and what it is to the visit — measured here so that
 * the layout can give the heading the room it needs.
 */
import type { VisitIndex } from '../model/derive';
import type { Side } from '../model/schema';
import { dirOfText, pick, type Dir, type Lang } from '../i18n/locale';
import { ui } from '../i18n/strings';
import type { FontSpec, Measure } from '../text/measure';

export interface HeadingText {
  text: string;
  lang: string;
  dir: Dir;
  role: 'country' | 'tag';
  width: number;
}

export interface CardGroup {
  /** `country:KR`, or `international` for the bodies without a country. */
  id: string;
  /** ISO code; null for international bodies. */
  country: string | null;
  side: Side;
  /** The country's name, then what it is ("Host country"). */
  heading: [HeadingText, HeadingText];
  /** The tree's roots, in file order (filled by `buildOrgCards`). */
  roots: string[];
}

export const HEADING_FONTS: Record<'country' | 'tag', FontSpec> = {
  country: { size: 15, weight: 600 },
  tag: { size: 12 },
};

/** The groups of the sides drawn, in order, before any card is placed in them. */
export function cardGroups(
  index: VisitIndex,
  sides: ReadonlySet<Side>,
  lang: Lang,
  measure: Measure,
): CardGroup[] {
  const text = (t: string, l: string, role: 'country' | 'tag'): HeadingText => ({
    text: t,
    lang: l,
    dir: dirOfText(l),
    role,
    width: measure(t, HEADING_FONTS[role]),
  });
  const tag = (side: Side) =>
    text(ui(side === 'host' ? 'ocHostCountry' : 'ocOtherCountry', lang), lang, 'tag');
  const groups: CardGroup[] = [];
  for (const c of index.countries.values()) {
    if (!sides.has(c.side)) continue;
    const name = pick(c.name, lang);
    groups.push({
      id: `country:${c.code}`,
      country: c.code,
      side: c.side,
      heading: [text(name.text || c.code, name.lang, 'country'), tag(c.side)],
      roots: [],
    });
  }
  // A country an organization names that the visit does not list (never after the gate).
  for (const o of index.organizations.values())
    if (sides.has(o.side) && o.country && !groups.some((g) => g.country === o.country))
      groups.push({
        id: `country:${o.country}`,
        country: o.country,
        side: o.side,
        heading: [text(o.country, 'en', 'country'), tag(o.side)],
        roots: [],
      });
  if (sides.has('other'))
    groups.push({
      id: 'international',
      country: null,
      side: 'other',
      heading: [text(ui('ocInternational', lang), lang, 'country'), text('', lang, 'tag')],
      roots: [],
    });
  return groups;
}
