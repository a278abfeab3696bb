/**
 * The schemas of single fields a visit's records share: ids and references, multilingual
 * text, sides and confidence. Part of the visit format (`schema.ts`, which re-exports them).
 */
import * as v from 'valibot';
import { LIMITS } from './limits';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const LANG_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const Id = v.pipe(
  v.string('expected an id (string)'),
  v.maxLength(LIMITS.idLength, `expected an id of at most ${LIMITS.idLength} characters`),
  v.regex(ID_RE, 'expected an id of letters, digits, "_", "-", "." or ":"'),
);
export const Ref = Id;
export const Refs = v.pipe(
  v.array(Ref, 'expected an array of ids'),
  v.maxLength(LIMITS.refs, `expected at most ${LIMITS.refs} ids`),
);

export const str = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'expected a non-empty string'),
    v.maxLength(max, `expected at most ${max} characters`),
  );

/**
 * Multilingual text: language code → string, e.g. `{ "ar": "…", "en": "…", "ko": "…" }`.
 * At least one language; Arabic is shown by default when present.
 */
const textOf = (max: number) =>
  v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(LANG_RE, 'expected a language code such as "ar", "en" or "ko"')),
      str(max),
      'expected multilingual text, e.g. {"ar": "…", "en": "…"}',
    ),
    v.check((t) => Object.keys(t).length > 0, 'expected text in at least one language'),
  );
export const ShortText = textOf(LIMITS.shortText);
export const LongText = textOf(LIMITS.longText);

/** Version 1's sides: the delegation and the one host country. */
export const SideV1 = v.picklist(['guest', 'host'], 'expected "guest" or "host"');
/** Version 2 adds `other`: a third country's officials, or an international body. */
export const Side = v.picklist(['guest', 'host', 'other'], 'expected "guest", "host" or "other"');

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'expected an ISO country code such as "AE"'),
);
export const Confidence = v.picklist(
  ['confirmed', 'likely', 'unknown'],
  'expected "confirmed", "likely" or "unknown"',
);

export type Side = v.InferOutput<typeof Side>;
export type Confidence = v.InferOutput<typeof Confidence>;
