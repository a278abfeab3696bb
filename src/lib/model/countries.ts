/**
 * Whose organization, whose official: every organization and person's `country`, resolved. An
 * explicit `country` wins; else an organization's parent's, a person's organization's; else the
 * only country on the record's side (the guest, the one host, the one third country). An
 * international body (`level: "international"` or `kind: "international-body"`) has none, nor
 * has what hangs below it. What stays unresolved on a side of several countries is a
 * `missing-country` error (semantics.ts); the gate then `normalizeCountries`, so that nothing
 * after it resolves a country again.
 */
import type { Organization, Person, Side, Visit } from './schema';

export const isInternational = (o: Pick<Organization, 'level' | 'kind'>) =>
  o.level === 'international' || o.kind === 'international-body';

/** The one country on `side`, if it has exactly one. */
export function onlyCountryOf(visit: Visit, side: Side): string | undefined {
  if (side === 'guest') return visit.guest?.code;
  const list = side === 'host' ? visit.hosts : visit.others;
  return list?.length === 1 ? list[0]?.code : undefined;
}

/** How an organization's or a person's country was found. */
export interface Resolved {
  code: string | undefined;
  /** It belongs to an international body (itself or above it): it has no country. */
  international: boolean;
}

/**
 * Resolves countries for a visit whose organization tree has no cycle (or, read in part,
 * stops at one). `orgCountry(id)` and `personCountry(person)`.
 */
export function countryResolver(visit: Visit) {
  const orgs = new Map(visit.organizations.map((o) => [o.id, o]));
  const memo = new Map<string, Resolved>();
  const none: Resolved = { code: undefined, international: false };

  const org = (o: Organization): Resolved => {
    const known = memo.get(o.id);
    if (known) return known;
    // Walk up iteratively: trees go 200 levels deep.
    const chain: Organization[] = [];
    const seen = new Set<string>();
    let at: Organization | undefined = o;
    let found: Resolved | undefined;
    while (at && !seen.has(at.id)) {
      const m = memo.get(at.id);
      if (m) {
        found = m;
        break;
      }
      seen.add(at.id);
      chain.push(at);
      if (isInternational(at)) {
        found = { code: undefined, international: true };
        chain.pop();
        memo.set(at.id, found);
        break;
      }
      if (at.country !== undefined) {
        found = { code: at.country, international: false };
        chain.pop();
        memo.set(at.id, found);
        break;
      }
      at = at.parent === undefined ? undefined : orgs.get(at.parent);
    }
    const top = chain[chain.length - 1];
    const result =
      found ?? (top ? { code: onlyCountryOf(visit, top.side), international: false } : none);
    for (const c of chain) memo.set(c.id, result);
    return memo.get(o.id) ?? result;
  };

  const person = (p: Person): Resolved => {
    if (p.country !== undefined) return { code: p.country, international: false };
    const o = p.organization === undefined ? undefined : orgs.get(p.organization);
    if (o) return org(o);
    return { code: onlyCountryOf(visit, p.side), international: false };
  };
  return { org, person };
}

/** `visit` with every resolvable country written into its organizations and people. */
export function normalizeCountries(visit: Visit): Visit {
  const resolve = countryResolver(visit);
  const organizations = visit.organizations.map((o) => {
    const { code } = resolve.org(o);
    return code === undefined || o.country === code ? o : { ...o, country: code };
  });
  const people = visit.people.map((p) => {
    const { code } = resolve.person(p);
    return code === undefined || p.country === code ? p : { ...p, country: code };
  });
  return { ...visit, organizations, people };
}
