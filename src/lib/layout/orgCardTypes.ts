/** What `buildOrgCards` (orgCards.ts) makes: the cards, the people's blocks on them, its options. */
import type { ChartLevel } from '../i18n/orgWords';
import type { Digits, Lang } from '../i18n/locale';
import type { Organization, Person, Side } from '../model/schema';
import type { Measure } from '../text/measure';
import type { CardGroup } from './orgGroups';
import type { TextLine } from './orgCardText';
export type Level = ChartLevel;
/** Levels from the top of a state down, in legend order. */
export const LEVELS: readonly Level[] = [
  'head-of-state',
  'national',
  'local',
  'affiliate',
  'company',
  'international',
];

export interface PersonBlock {
  person: Person;
  lines: TextLine[];
  height: number;
  meetings: number;
  label: string;
  /** Set when provenance calls the person likely or unknown: a dotted outline and a tag. */
  confidence?: 'likely' | 'unknown';
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
  /** Index of the card's tree (its country's group) in `OrgCards.groups`. */
  group: number;
  confidence?: 'likely' | 'unknown';
  /** Every name of the organization and its people, for search. */
  names: { id: string; texts: string[] }[];
}

export interface OrgCards {
  /** Every root, group after group. */
  roots: string[];
  /** One tree per country, in order; each lists its roots. */
  groups: CardGroup[];
  /** In pre-order (parents before children, siblings in file order). */
  cards: Map<string, OrgCard>;
}

export interface CardOptions {
  lang: Lang;
  /** The sides drawn as trees. Default host and other (the guest side is its own panel). */
  sides?: readonly Side[];
  digits?: Digits;
  /** Show names in the file's other languages under the reader's. Default false. */
  showOriginal?: boolean;
  measure: Measure;
}
