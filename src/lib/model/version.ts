/**
 * Which version of the format a file is written in, and so which schema judges it. A file says
 * so in `schemaVersion`; one that says neither 1 nor 2 (or nothing) is judged by the version
 * its shape is closer to — a single `host` is version 1's — so that its other mistakes are
 * reported in the words of the format its author used.
 */
import { isRecordLike } from './precheck';
import { VisitSchema } from './schema';
import { VisitSchemaV1 } from './schemaV1';

export type FormatVersion = 1 | 2;

const own = (x: Record<string, unknown>, k: string): unknown =>
  Object.getOwnPropertyDescriptor(x, k)?.value as unknown;

/** The version `json` is judged as. */
export function versionOf(json: unknown): FormatVersion {
  if (!isRecordLike(json)) return 2;
  const declared = own(json, 'schemaVersion');
  if (declared === 1 || declared === 2) return declared;
  return own(json, 'host') !== undefined && own(json, 'hosts') === undefined ? 1 : 2;
}

/** The valibot schema of a version. */
export const schemaOf = (version: FormatVersion) => (version === 1 ? VisitSchemaV1 : VisitSchema);
