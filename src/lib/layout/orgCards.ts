/**
 * What each org-chart card says, wrapped and measured: the organization's name, then each
 * counterpart's name, other-script names, title and number of meetings with the delegation.
 * Independent of collapsing and orientation, so the component builds it once per language and
 * font load, and `layoutOrgChart` only places it.
 */
import type { VisitIndex } from '../model/derive';
import type { Organization, Person, Side, Text } from '../model/schema';
import { orgItemId, personItemId } from '../model/itemIds';
import { dirOfText, isolate, pick, type Digits, type Dir, type Lang } from '../i18n/locale';
import { levelName, meetingsLabel } from '../i18n/orgWords';
import { ui } from '../i18n/strings';
import type { FontSpec, Measure } from '../text/measure';
import { wrapText } from '../text/wrap';

export type TextRole = 'org' | 'name' | 'alt' | 'title' | 'meta';
export type Level = Organization['level'];
/** Levels from the top of a state down, in legend order. */
export const LEVELS: readonly Level[] = [
  'head-of-state',
  'national',
  'local',
  'affiliate',
  'international',
];

/** Type sizes in px at zoom 1; Arabic wants the generous line height. */
export const FONTS: Record<TextRole, FontSpec> = {
  org: { size: 13, weight: 600 },
  name: { size: 15, weight: 600 },
  alt: { size: 12 },
  title: { size: 13 },
  meta: { size: 12 },
};
export const LINE_HEIGHT = 1.6;
/** Card metrics in px: padding, the marker's room beside the org name, widths. */
export const CARD = {
  padX: 12,
  padTop: 12,
  padBottom: 10,
  rowGap: 9,
  marker: 18,
  minW: 152,
  wrapW: 200,
};

export interface TextLine {
  text: string;
  lang: string;
  dir: Dir;
  role: TextRole;
  width: number;
}

export interface PersonBlock {
  person: Person;
  lines: TextLine[];
  height: number;
  meetings: number;
  label: string;
}

export interface OrgCard {
  id: string;
  /** Null for the card gathering people without a (known) organization. */
  org: Organization | null;
  level: Level;
  parentId: string | null;
  /** 0 for a root. */
  depth: number;
  childIds: string[];
  header: TextLine[];
  headerHeight: number;
  people: PersonBlock[];
  /** Natural width, padding included. */
  width: number;
  label: string;
  /** Every name of the organization and its people, for search. */
  names: { id: string; texts: string[] }[];
}

export interface OrgCards {
  side: Side;
  roots: string[];
  /** In pre-order (parents before children, siblings in file order). */
  cards: Map<string, OrgCard>;
}

export interface CardOptions {
  lang: Lang;
  side?: Side;
  digits?: Digits;
  /** Show names in the other scripts (English, Hangul) under the reader's. Default false. */
  showOriginal?: boolean;
  measure: Measure;
}

export const UNAFFILIATED = '~none';
/** Names in other scripts: English and Hangul for Arabic readers, Hangul (and Arabic) for English. */
function altNames(text: Text, lang: Lang, showOriginal: boolean): { text: string; lang: string }[] {
  const shown = pick(text, lang).lang;
  const langs =
    lang === 'en' ? (showOriginal ? ['ko', 'ar'] : ['ko']) : showOriginal ? ['en', 'ko'] : [];
  return langs.filter((l) => l !== shown && text[l]).map((l) => ({ text: text[l] ?? '', lang: l }));
}

function lines(
  text: string,
  lang: string,
  role: TextRole,
  measure: Measure,
  indent = 0,
): TextLine[] {
  const font = FONTS[role];
  return wrapText(text, CARD.wrapW - indent, font, measure).map((l) => ({
    text: l.text,
    width: l.width + indent,
    lang,
    dir: dirOfText(lang),
    role,
  }));
}

/**
 * The name as the card shows it, with its other scripts, each isolated: an item's accessible
 * name holds every word drawn on it (WCAG 2.5.3, label in name).
 */
const namesLabel = (shown: string, alts: readonly { text: string }[]) =>
  [shown, ...alts.map((a) => a.text)].map(isolate).join(' ');

const heightOf = (ls: TextLine[]) => ls.reduce((h, l) => h + FONTS[l.role].size * LINE_HEIGHT, 0);
const allNames = (t: Text) => Object.values(t);

/** Builds the cards of one side's organization tree (host by default). */
export function buildOrgCards(index: VisitIndex, options: CardOptions): OrgCards {
  const { lang, measure, digits = 'latn', showOriginal = false, side = 'host' } = options;
  const peopleByOrg = new Map<string, Person[]>();
  for (const p of index.people.values()) {
    if (p.side !== side) continue;
    const orgId =
      p.organization && index.organizations.has(p.organization) ? p.organization : UNAFFILIATED;
    const list = peopleByOrg.get(orgId);
    if (list) list.push(p);
    else peopleByOrg.set(orgId, [p]);
  }
  const cards = new Map<string, OrgCard>();

  const make = (org: Organization | null, parentId: string | null, depth: number): OrgCard => {
    const id = org?.id ?? UNAFFILIATED;
    const name = org ? pick(org.name, lang) : { text: ui('ocUnaffiliated', lang), lang };
    const header = lines(name.text, name.lang, 'org', measure, CARD.marker);
    const orgAlts = org ? altNames(org.name, lang, showOriginal) : [];
    for (const a of orgAlts) header.push(...lines(a.text, a.lang, 'alt', measure, CARD.marker));
    const orgMeetings = org ? (index.meetingsByOrg.get(org.id)?.length ?? 0) : 0;
    const members = peopleByOrg.get(id) ?? [];
    if (members.length === 0 && orgMeetings > 0)
      header.push(...lines(meetingsLabel(orgMeetings, lang, digits), lang, 'meta', measure));
    const people = members.map((p): PersonBlock => {
      const pn = pick(p.name, lang);
      const title = pick(p.title, lang);
      const meetings = index.meetingsByPerson.get(p.id)?.length ?? 0;
      const ls = lines(pn.text, pn.lang, 'name', measure);
      const alts = altNames(p.name, lang, showOriginal);
      for (const a of alts) ls.push(...lines(a.text, a.lang, 'alt', measure));
      ls.push(...lines(title.text, title.lang, 'title', measure));
      const meta = meetings > 0 ? meetingsLabel(meetings, lang, digits) : '';
      if (meta) ls.push(...lines(meta, lang, 'meta', measure));
      const sep = lang === 'ar' ? '، ' : ', ';
      return {
        person: p,
        lines: ls,
        height: heightOf(ls) + CARD.rowGap * 2,
        meetings,
        label: [namesLabel(pn.text, alts), isolate(title.text), meta].filter(Boolean).join(sep),
      };
    });
    const widest = Math.max(
      0,
      ...header.map((l) => l.width),
      ...people.flatMap((b) => b.lines.map((l) => l.width)),
    );
    const sep = lang === 'ar' ? '، ' : ', ';
    return {
      id,
      org,
      level: org?.level ?? 'affiliate',
      parentId,
      depth,
      childIds: [],
      header,
      headerHeight: heightOf(header),
      people,
      width: Math.max(CARD.minW, Math.ceil(widest) + 2 * CARD.padX),
      label: [namesLabel(name.text, orgAlts), org ? levelName(org.level, lang) : '']
        .filter(Boolean)
        .join(sep),
      names: [
        { id: orgItemId(id), texts: org ? allNames(org.name) : [name.text] },
        ...members.map((p) => ({ id: personItemId(p.id), texts: allNames(p.name) })),
      ],
    };
  };

  const roots: string[] = [];
  // Pre-order with an explicit stack, not recursion: a deep chain must not overflow the stack.
  const visit = (root: Organization) => {
    const stack: [Organization, string | null, number][] = [[root, null, 0]];
    while (stack.length) {
      const [org, parentId, depth] = stack.pop()!;
      if (cards.has(org.id)) continue; // validated data has no cycles; stay safe anyway
      const card = make(org, parentId, depth);
      cards.set(org.id, card);
      const children = (index.orgChildren.get(org.id) ?? []).filter((c) => c.side === side);
      for (const child of children) card.childIds.push(child.id);
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, org.id, depth + 1]);
    }
  };
  for (const org of index.orgChildren.get(null) ?? []) {
    if (org.side !== side) continue;
    roots.push(org.id);
    visit(org);
  }
  if (peopleByOrg.has(UNAFFILIATED)) {
    roots.push(UNAFFILIATED);
    cards.set(UNAFFILIATED, make(null, null, 0));
  }
  return { side, roots, cards };
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
