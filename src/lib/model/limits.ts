/**
 * Size limits of a visit file, shared by the schema, the semantic checks and the loaders.
 * Generous for any real visit, small enough that a hostile file cannot freeze a tab.
 */
export const LIMITS = {
  idLength: 64,
  shortText: 300,
  longText: 5000,
  url: 2000,
  meetings: 20000,
  events: 20000,
  people: 20000,
  organizations: 10000,
  topics: 1000,
  figures: 5000,
  sources: 1000,
  places: 1000,
  /** Legs of a tour's itinerary (version 2). */
  legs: 1000,
  refs: 200,
  /**
   * Levels of the organization and of the place tree (a root is level 1). Real ones have under
   * 15; the org chart lays out 200 in well under a second, and draws every card.
   */
  treeDepth: 200,
  /** Bytes of JSON accepted by the loaders before parsing. */
  fileBytes: 20 * 1024 * 1024,
} as const;
