/**
 * How sure the sources are of a record: the weakest confidence among its provenance entries
 * (`unknown` < `likely` < `confirmed`); a record without any is confirmed.
 */
import type { Confidence, Provenance } from './schema';

export type { Confidence } from './schema';

const RANK: Record<Confidence, number> = { unknown: 0, likely: 1, confirmed: 2 };

const weakest = (entries: readonly { confidence: Confidence }[]): Confidence => {
  let out: Confidence = 'confirmed';
  for (const e of entries) if (RANK[e.confidence] < RANK[out]) out = e.confidence;
  return out;
};

/** The weakest confidence of any of `record`'s provenance entries; `confirmed` when it has none. */
export function confidenceOf(record: {
  provenance?: readonly { confidence: Confidence }[];
}): Confidence {
  return weakest(record.provenance ?? []);
}

/**
 * The confidence of one field of `record` (`"date"`, `"participants"`, `"name"`, …): the weakest
 * of the entries for that field and for `"record"` (the whole thing).
 */
export function fieldConfidence(
  record: { provenance?: readonly Pick<Provenance, 'field' | 'confidence'>[] },
  field: string,
): Confidence {
  return weakest(
    (record.provenance ?? []).filter((p) => p.field === field || p.field === 'record'),
  );
}

/** What kind of record a provenance list belongs to. */
export type RecordKind = 'meeting' | 'event' | 'organization' | 'person';

/**
 * The fields whose doubt changes what a record's mark or card claims. For an engagement or an
 * event: that it happened (`record`), when, who took part, where and what kind it was. For an
 * organization or a person: that it exists, its name and title, and where it stands (a
 * person's organization, an organization's parent). Other fields — a spelling in another
 * script (`name.en`, `title.ko`), a country, a summary — are details: the details panel lists
 * every unsure field, but they do not make the whole mark read "(likely)".
 */
export const CUE_FIELDS: Record<RecordKind, readonly string[]> = {
  meeting: ['record', 'date', 'participants', 'location', 'kind'],
  event: ['record', 'date', 'participants', 'location', 'kind'],
  organization: ['record', 'name', 'title', 'organization', 'parent'],
  person: ['record', 'name', 'title', 'organization', 'parent'],
};

/** Whether provenance entry `field` is one of `kind`'s cue fields (`location.venue` is `location`). */
export function isCueField(kind: RecordKind, field: string): boolean {
  const head = field.split('.', 1)[0]!;
  if (!CUE_FIELDS[kind].includes(head)) return false;
  // `name.en`, `title.ar`: the text in one language (a transliteration or translation).
  return field === head || (head !== 'name' && head !== 'title');
}

/**
 * The confidence of the quiet mark-level cue (dotted outline, "(likely)" after the label): the
 * weakest of `record`'s provenance entries on its cue fields (`isCueField`); `confirmed` when
 * none is unsure. This is what `VisitIndex.confidence` holds.
 */
export function cueConfidence(
  kind: RecordKind,
  record: { provenance?: readonly Pick<Provenance, 'field' | 'confidence'>[] },
): Confidence {
  return weakest((record.provenance ?? []).filter((p) => isCueField(kind, p.field)));
}
