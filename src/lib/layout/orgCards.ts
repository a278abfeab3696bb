/**
 * What each org-chart card says, wrapped and measured: the organization's name, then each
 * counterpart's name, other-script names, title and number of meetings. Cards are grouped in one
 * tree per country (hosts in tour order, then other countries, then international bodies), each
 * under a heading. Independent of collapsing and orientation, so the component builds it once
 * per language and font load, and `layoutOrgChart` only places it. A card's texts are wrapped
 * and measured when first read, so that only the cards drawn cost their measuring.
 */
import type { VisitIndex } from '../model/derive';
import { runSteps, type Steps } from './steps';
import type { Organization, Person, Side, Text } from '../model/schema';
import { orgItemId, personItemId } from '../model/itemIds';
import { isInternational, onlyCountryOf } from '../model/countries';
import { isolate, pick } from '../i18n/locale';
import {
  chartLevel,
  confidenceTag,
  levelName,
  meetingsLabel,
  otherLanguages,
  personName,
  personSearchTexts,
} from '../i18n/orgWords';
import { ui } from '../i18n/strings';
import { cardGroups, type CardGroup } from './orgGroups';
import {
  altNames,
  CARD,
  heightOf,
  lines,
  once,
  taggedLines,
  taggedName,
  type TextRole,
} from './orgCardText';

export { CARD, FONTS, LINE_HEIGHT, type TextLine, type TextRole } from './orgCardText';

export type { CardGroup } from './orgGroups';
export * from './orgCardTypes';
import type { CardOptions, OrgCard, OrgCards, PersonBlock } from './orgCardTypes';

export const UNAFFILIATED = '~none';
/** The card of a country's people without a (known) organization: `~none` when there is one tree. */
export const unaffiliatedId = (group: CardGroup, many: boolean) =>
  many ? `${UNAFFILIATED}:${group.country ?? 'intl'}` : UNAFFILIATED;

const allNames = (t: Text) => Object.values(t);

/** Builds the cards of the host and other sides' organization trees, one tree per country. */
export function buildOrgCards(index: VisitIndex, options: CardOptions): OrgCards {
  return runSteps(buildOrgCardsSteps(index, options));
}

/** `buildOrgCards` in steps: it pauses (yields) after the people and after every `step` cards. */
export function* buildOrgCardsSteps(
  index: VisitIndex,
  options: CardOptions,
  step = 1500,
): Steps<OrgCards> {
  const { lang, measure, digits = 'latn', showOriginal = false } = options;
  const sides = new Set<Side>(options.sides ?? ['host', 'other']);
  const others = showOriginal ? otherLanguages(index.languages, lang) : [];
  const sep = lang === 'ar' ? '، ' : ', ';
  const groups = cardGroups(index, sides, lang, measure);
  const many = groups.length > 1;
  // The gate resolves every country; a record built in code may leave the only one implied.
  const countryOf = (r: { side: Side; country?: string }, international = false) =>
    international ? null : (r.country ?? onlyCountryOf(index.visit, r.side) ?? null);
  const groupOf = (country: string | null) =>
    Math.max(
      0,
      groups.findIndex((g) => g.country === country),
    );
  const peopleByOrg = new Map<string, Person[]>();
  for (const p of index.people.values()) {
    if (!sides.has(p.side)) continue;
    const orgId =
      p.organization && index.organizations.has(p.organization)
        ? p.organization
        : unaffiliatedId(groups[groupOf(countryOf(p))]!, many);
    const list = peopleByOrg.get(orgId);
    if (list) list.push(p);
    else peopleByOrg.set(orgId, [p]);
  }
  if (index.people.size > step) yield;
  const cards = new Map<string, OrgCard>();
  const confidence = (id: string) => {
    const c = index.confidence.get(id);
    return c === 'likely' || c === 'unknown' ? c : undefined;
  };
  const tagged = (t: { text: string; lang: string }, role: TextRole, c: string, indent = 0) =>
    taggedLines(t, role, c, lang, measure, indent);
  const taggedLabel = (t: { text: string; lang: string }, alts: { text: string }[], c: string) =>
    taggedName(t, alts, c, lang);

  const person = (p: Person): PersonBlock => {
    const meetings = index.meetingsByPerson.get(p.id)?.length ?? 0;
    const conf = confidence(p.id);
    // The wrapped, measured text only when first read: a folded card's people are never drawn,
    // and measuring the largest file's 20,000 people up front took seconds.
    const text = once(() => {
      // An unnamed person reads the same on the card and to assistive technology (label in name).
      const shown = personName(p, index.organizations, lang);
      const title = pick(p.title, lang);
      const tag = confidenceTag(conf, lang);
      const ls = tagged(shown, shown.reported ? 'name' : 'unnamed', tag);
      const alts = p.name ? altNames(p.name, lang, others) : [];
      for (const a of alts) ls.push(...lines(a.text, a.lang, 'alt', measure));
      ls.push(...lines(title.text, title.lang, 'title', measure));
      const meta = meetings > 0 ? meetingsLabel(meetings, lang, digits) : '';
      if (meta) ls.push(...lines(meta, lang, 'meta', measure));
      return {
        lines: ls,
        height: heightOf(ls) + CARD.rowGap * 2,
        label: [taggedLabel(shown, alts, tag), isolate(title.text), meta].filter(Boolean).join(sep),
      };
    });
    return {
      person: p,
      get lines() {
        return text().lines;
      },
      get height() {
        return text().height;
      },
      meetings,
      get label() {
        return text().label;
      },
      ...(conf ? { confidence: conf } : {}),
    };
  };

  const make = (
    org: Organization | null,
    id: string,
    parentId: string | null,
    depth: number,
    group: number,
  ): OrgCard => {
    const name = org ? pick(org.name, lang) : { text: ui('ocUnaffiliated', lang), lang };
    const conf = org ? confidence(org.id) : undefined;
    const members = peopleByOrg.get(id) ?? [];
    const people = members.map(person);
    const level = org ? chartLevel(org) : 'affiliate';
    // Measured when first read (the layout reads a card once it is drawn, folded or not).
    const text = once(() => {
      const tag = confidenceTag(conf, lang);
      const header = tagged(name, 'org', tag, CARD.marker);
      const orgAlts = org ? altNames(org.name, lang, others) : [];
      for (const a of orgAlts) header.push(...lines(a.text, a.lang, 'alt', measure, CARD.marker));
      const orgMeetings = org ? (index.meetingsByOrg.get(org.id)?.length ?? 0) : 0;
      if (members.length === 0 && orgMeetings > 0)
        header.push(...lines(meetingsLabel(orgMeetings, lang, digits), lang, 'meta', measure));
      let widest = 0;
      for (const l of header) widest = Math.max(widest, l.width);
      for (const b of people) for (const l of b.lines) widest = Math.max(widest, l.width);
      return {
        header,
        headerHeight: heightOf(header),
        width: Math.max(CARD.minW, Math.ceil(widest) + 2 * CARD.padX),
        label: [taggedLabel(name, orgAlts, tag), org ? levelName(level, lang) : '']
          .filter(Boolean)
          .join(sep),
      };
    });
    return {
      id,
      org,
      level,
      parentId,
      depth,
      childIds: [],
      get header() {
        return text().header;
      },
      get headerHeight() {
        return text().headerHeight;
      },
      people,
      get width() {
        return text().width;
      },
      get label() {
        return text().label;
      },
      group,
      ...(conf ? { confidence: conf } : {}),
      names: [
        { id: orgItemId(id), texts: org ? allNames(org.name) : [name.text] },
        ...members.map((p) => ({
          id: personItemId(p.id),
          texts: personSearchTexts(p, index.organizations),
        })),
      ],
    };
  };

  // Pre-order with an explicit stack, not recursion: a deep chain must not overflow the stack.
  function* visit(root: Organization, group: number): Steps<void> {
    const stack: [Organization, string | null, number][] = [[root, null, 0]];
    while (stack.length) {
      if (cards.size % step === step - 1) yield;
      const [org, parentId, depth] = stack.pop()!;
      if (cards.has(org.id)) continue; // validated data has no cycles; stay safe anyway
      const card = make(org, org.id, parentId, depth, group);
      cards.set(org.id, card);
      const children = (index.orgChildren.get(org.id) ?? []).filter((c) => sides.has(c.side));
      for (const child of children) card.childIds.push(child.id);
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, org.id, depth + 1]);
    }
  }
  for (const org of index.orgChildren.get(null) ?? []) {
    if (!sides.has(org.side)) continue;
    const g = groupOf(countryOf(org, isInternational(org)));
    groups[g]!.roots.push(org.id);
    yield* visit(org, g);
  }
  groups.forEach((g, i) => {
    const id = unaffiliatedId(g, many);
    if (!peopleByOrg.has(id)) return;
    g.roots.push(id);
    cards.set(id, make(null, id, null, 0, i));
  });
  const shown = groups.filter((g) => g.roots.length > 0);
  // Cards point at their group by index: renumber once empty groups are gone.
  if (shown.length < groups.length)
    for (const c of cards.values()) c.group = shown.indexOf(groups[c.group]!);
  return { roots: shown.flatMap((g) => g.roots), groups: shown, cards };
}

/** The card ids above `id`, nearest first. */
export function cardAncestors(cards: OrgCards, id: string): string[] {
  const out: string[] = [];
  let cur = cards.cards.get(id)?.parentId ?? null;
  while (cur !== null && !out.includes(cur)) {
    out.push(cur);
    cur = cards.cards.get(cur)?.parentId ?? null;
  }
  return out;
}
