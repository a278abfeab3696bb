/**
 * Version 1 → version 2, purely. A version 1 file says everything version 2 can say about a
 * visit with one host country, so nothing is guessed: `host` becomes the one entry of `hosts`,
 * `schemaVersion` becomes 2, and every other field stays as it is, in the file's order (a
 * written file keeps its shape in `git diff`). Countries are not written into organizations and
 * people: with one country per side the gate resolves them (countries.ts).
 *
 * Used by the gate for every version 1 file (after it validated as version 1) and by
 * `npm run migrate` (scripts/migrate.ts). It never mutates its input; records are shared.
 */
import { normalizeCountries } from './countries';
import type { Visit, VisitV1 } from './schema';

/** The version 2 visit that says what `v1` says. */
export function migrateV1(v1: VisitV1): Visit {
  const { schemaVersion: _version, host, ...rest } = v1;
  // A visit read in part (partial.ts) may lack its host: it then has none.
  const typed: Visit = { ...rest, schemaVersion: 2, hosts: host === undefined ? [] : [host] };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v1)) {
    if (key === 'host') out.hosts = typed.hosts;
    else out[key] = typed[key as keyof Visit];
  }
  return out as Visit;
}

/** What the gate hands on for a valid version 1 file: migrated, its countries resolved. */
export const fromV1 = (v1: VisitV1): Visit => normalizeCountries(migrateV1(v1));
