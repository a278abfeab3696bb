/**
 * The visits bundled with the app: id (what `?visit=` names), title in Arabic and English (the
 * files' own titles), the file, and how to fetch it. Each file is a chunk of its own, fetched only
 * when that visit is shown: the first view costs what it did with one bundled visit.
 *
 * Pure and tiny on purpose: `main.ts` (the first script) uses it to start the right download
 * early, so it imports nothing of the gate.
 */

export interface BundledVisit {
  /** The `visit=` value: the file's name without `.json`. */
  id: string;
  /** The visit file's own title (checked against the file by a test). */
  title: { ar: string; en: string };
  /** The file, relative to the repository. */
  file: string;
  /** Its text, from its own chunk. */
  text: () => Promise<string>;
}

export const BUNDLED_VISITS: readonly BundledVisit[] = [
  {
    id: 'korea-2022',
    title: {
      ar: 'زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا، أكتوبر 2022',
      en: "UAE government delegation's visit to the Republic of Korea, October 2022",
    },
    file: 'data/visits/korea-2022.json',
    text: () => import('../../../data/visits/korea-2022.json?raw').then((m) => m.default),
  },
  {
    id: 'uae-2023',
    title: {
      ar: 'زيارة دولة لرئيس جمهورية كوريا إلى الإمارات ومشاركته في منتدى دافوس، يناير 2023',
      en: "The Korean President's state visit to the UAE and the Davos forum, January 2023",
    },
    file: 'data/visits/uae-2023.json',
    text: () => import('../../../data/visits/uae-2023.json?raw').then((m) => m.default),
  },
];

/** The visit a page without `visit=` shows. */
export const DEFAULT_VISIT = BUNDLED_VISITS[0]!;

/**
 * What `visit=` asks for: the default visit when it is absent, the named one, or `unknown` (with
 * the value as written) when no bundled visit has that id. Never a guess: a mistyped id is not
 * replaced by another visit.
 */
export type VisitChoice =
  { kind: 'bundled'; visit: BundledVisit; explicit: boolean } | { kind: 'unknown'; id: string };

export function chooseVisit(id: string | null): VisitChoice {
  if (id === null) return { kind: 'bundled', visit: DEFAULT_VISIT, explicit: false };
  const visit = BUNDLED_VISITS.find((v) => v.id === id);
  return visit ? { kind: 'bundled', visit, explicit: true } : { kind: 'unknown', id };
}

/** The `visit=` a link writes: none for the default visit (the plain URL stays plain). */
export function linkVisit(id: string | null): string | null {
  const c = chooseVisit(id);
  return c.kind === 'bundled' && c.visit !== DEFAULT_VISIT ? c.visit.id : null;
}

/** Starts downloading the visit `visit=` names (the first script's head start); errors wait for App. */
export function prefetchBundled(id: string | null): void {
  const choice = chooseVisit(id);
  if (choice.kind === 'bundled') choice.visit.text().catch(() => {});
}
