/**
 * The workbook's shape: which sheets it has, which columns each has, and which field of the
 * visit (format version 2) each column fills. Both directions read this one table: the reader
 * (read.ts) and the writer (write.ts), so a column cannot be written one way and read another.
 *
 * Headers are written in both languages, "Organization / الجهة"; multilingual text takes one
 * column per language, "Name (ar) / الاسم (ar)". A header is recognized by either half.
 */

export type SheetKey =
  | 'visit'
  | 'countries'
  | 'legs'
  | 'places'
  | 'sources'
  | 'topics'
  | 'organizations'
  | 'people'
  | 'engagements'
  | 'events'
  | 'figures'
  | 'confidence';

/** A collection one can refer to by name or id. */
export type Target =
  | 'places'
  | 'sources'
  | 'topics'
  | 'organizations'
  | 'people'
  | 'meetings'
  | 'events'
  | 'countries';

export const SIDES = ['guest', 'host', 'other'] as const;
export const MEETING_KINDS = [
  'meeting',
  'talk',
  'site-visit',
  'signing',
  'meal',
  'press',
  'ceremony',
  'other',
] as const;
export const CONFIDENCES = ['confirmed', 'likely', 'unknown'] as const;
export const PRECISIONS = ['time', 'day', 'between', 'month', 'year', 'unknown'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const YES_NO = ['yes', 'no'] as const;
/** Where a provenance row belongs (Confidence sheet): a sheet, by its record collection. */
export const PROVENANCE_OWNERS = ['organizations', 'people', 'engagements', 'events'] as const;

/** Which collection a Confidence row's Sheet names. */
export const OWNER_COLLECTION: Record<(typeof PROVENANCE_OWNERS)[number], string> = {
  organizations: 'organizations',
  people: 'people',
  engagements: 'meetings',
  events: 'events',
};

interface Base {
  key: string;
  en: string;
  ar: string;
  /** The field it fills, as a dotted path inside the record (`location.place`). */
  field: string;
  /** A value must be given (the record is refused without it). */
  required?: boolean;
}
export type ColumnSpec =
  | (Base & { type: 'id' })
  | (Base & { type: 'text'; long?: boolean })
  | (Base & { type: 'string' })
  | (Base & { type: 'code' })
  | (Base & { type: 'vocab'; values: readonly string[] })
  | (Base & { type: 'ref'; target: Target | 'subject' })
  | (Base & { type: 'refs'; target: Target })
  | (Base & { type: 'number' })
  | (Base & { type: 'languages' })
  | (Base & { type: 'day' })
  /** Expands to the date columns: date, precision, time zone, part of day, approximate, order, note, sources. */
  | (Base & { type: 'date' });

export interface SheetSpec {
  key: SheetKey;
  en: string;
  ar: string;
  /** Where its records go in the visit (`meetings`); the Visit sheet fills the top level. */
  collection: string;
  columns: ColumnSpec[];
  /** What a row is, for messages: "no organization named …". */
  noun: readonly [en: string, ar: string];
}

/** The date columns a `date` column expands to, after the date itself. */
export const DATE_PARTS = [
  { key: 'precision', en: 'Precision', ar: 'الدقة', values: PRECISIONS },
  { key: 'timeZone', en: 'Time zone', ar: 'المنطقة الزمنية' },
  { key: 'partOfDay', en: 'Part of day', ar: 'جزء اليوم', values: PARTS_OF_DAY },
  { key: 'approximate', en: 'Approximate', ar: 'تقريبي', values: YES_NO },
  { key: 'order', en: 'Order', ar: 'الترتيب' },
  { key: 'note', en: 'Date note', ar: 'ملاحظة التاريخ' },
  { key: 'sources', en: 'Date sources', ar: 'مصادر التاريخ' },
] as const;

/** "Name (ar) / الاسم (ar)"; without a language, "Name / الاسم". */
export const header = (en: string, ar: string, lang?: string) =>
  lang ? `${en} (${lang}) / ${ar} (${lang})` : `${en} / ${ar}`;

/** The sheet's tab name: tab names cannot hold "/", so "People · الأشخاص". */
export const tabName = (s: SheetSpec) => `${s.en} · ${s.ar}`;

/** An empty list, written where a file has one (`"sources": []`), so nothing is lost. */
export const EMPTY_MARK = '—';
