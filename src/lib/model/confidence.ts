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
