/**
 * What the sources are not sure of in a record, in words: its provenance entries that are not
 * confirmed, each field named ("Participants (Host side)") with its confidence and note.
 */
import { pick, type Lang, type Picked } from './locale';
import { ui, type StringKey } from './strings';

export type Confidence = 'confirmed' | 'likely' | 'unknown';

/** "likely" / "مرجّح", "unknown" / "غير مؤكد"; "" for confirmed. */
export function confidenceWord(c: Confidence, lang: Lang): string {
  return c === 'likely'
    ? ui('tlConfLikely', lang)
    : c === 'unknown'
      ? ui('tlConfUnknown', lang)
      : '';
}

const FIELD_WORDS = new Set([
  'date',
  'participants',
  'location',
  'name',
  'title',
  'organization',
  'record',
  'topics',
  'summary',
]);
const SIDE_WORDS = { guest: 'guestSide', host: 'hostSide', other: 'dtOtherSide' } as const;

/** A provenance field in words: "participants.host" → "Participants (Host side)". */
export function fieldWord(field: string, lang: Lang): string {
  const [base = field, sub] = field.split('.');
  const word = FIELD_WORDS.has(base) ? ui(`dtField_${base}` as StringKey, lang) : field;
  const side = sub && sub in SIDE_WORDS ? SIDE_WORDS[sub as keyof typeof SIDE_WORDS] : null;
  return side ? `${word} (${ui(side, lang)})` : word;
}

export interface UnsureField {
  field: string;
  confidence: Exclude<Confidence, 'confirmed'>;
  /** "likely" / "مرجّح". */
  word: string;
  note: Picked;
  sources: string[];
}

/** What the sources are not sure of in a record: its provenance entries that are not confirmed. */
export function unsureFields(
  record: {
    provenance?: readonly {
      field: string;
      confidence: Confidence;
      note?: Record<string, string>;
      sources?: string[];
    }[];
  },
  lang: Lang,
): UnsureField[] {
  return (record.provenance ?? [])
    .filter((p) => p.confidence !== 'confirmed')
    .map((p) => ({
      field: fieldWord(p.field, lang),
      confidence: p.confidence as UnsureField['confidence'],
      word: confidenceWord(p.confidence, lang),
      note: pick(p.note, lang),
      sources: p.sources ?? [],
    }));
}
