/**
 * The semantic checks of format version 2's countries (semantics.ts runs them): the guest, the
 * hosts and the others each listed once; every organization's and person's country on its side
 * (the guest's, one of the hosts', one of the others'), none for an international body, the same
 * as its parent organization's or its organization's when both are given; a country wherever a
 * side has several and nothing else gives one (`missing-country`); each itinerary leg in a
 * country of the visit, at a place in that country; and a person without a name described by an
 * organization. A version 1 file (one host) passes them by construction.
 */
import { countryResolver, isInternational } from './countries';
import { makeError, preview, type ValidationError } from './errors';
import type { Side, Visit } from './schema';

const quoted = (codes: readonly string[]) => codes.map((c) => `"${c}"`).join(', ');
const orList = (codes: readonly string[]) =>
  codes.length <= 1 ? quoted(codes) : `${quoted(codes.slice(0, -1))} or ${quoted(codes.slice(-1))}`;

/**
 * `sided(record)`: its side is known (a record read in part may have lost it). `unread`: the
 * top-level fields of a visit read in part whose shape failed (`guest`, `hosts`, `others`): the
 * countries of that side are not known, and its records are not judged.
 */
export function checkCountries(
  visit: Visit,
  push: (e: ValidationError) => void,
  sided: (x: object) => boolean,
  unread: ReadonlySet<string> = new Set(),
): void {
  // A version 1 file's single `host` is its hosts.
  const LIST = { guest: ['guest'], host: ['hosts', 'host'], other: ['others'] } as const;
  const known = (side: Side) => !LIST[side].some((k) => unread.has(k));
  const hosts = (visit.hosts ?? []).map((c) => c.code);
  const others = (visit.others ?? []).map((c) => c.code);
  const guest = visit.guest?.code;
  const codesOf = (side: Side): string[] =>
    side === 'guest' ? (guest === undefined ? [] : [guest]) : side === 'host' ? hosts : others;

  // Each country once across guest, hosts and others: a country is on one side.
  const seen = new Map<string, string>();
  if (guest !== undefined) seen.set(guest, 'guest');
  const listed = (list: 'hosts' | 'others') =>
    (visit[list] ?? []).forEach((c, i) => {
      const first = seen.get(c.code);
      if (first !== undefined) {
        push(
          makeError(
            `${list}[${i}].code`,
            'wrong-country',
            `expected a country not listed before (already at ${first})`,
            preview(c.code),
          ),
        );
      } else seen.set(c.code, `${list}[${i}]`);
    });
  listed('hosts');
  listed('others');

  const expectOnSide = (side: Side) => {
    const codes = codesOf(side);
    if (side === 'other' && codes.length === 0)
      return 'expected a country listed in "others" (the visit lists none)';
    return side === 'guest'
      ? `expected the guest country ${quoted(codes)}`
      : `expected a country on the ${side} side: ${orList(codes)}`;
  };
  const missing = (side: Side) => {
    const codes = codesOf(side);
    return codes.length === 0
      ? `expected a country: the ${side} side lists none in "${side === 'host' ? 'hosts' : 'others'}"`
      : `expected a country: the visit has several ${side} countries (${quoted(codes)})`;
  };

  const resolve = countryResolver(visit);
  const orgs = new Map(visit.organizations.map((o) => [o.id, o]));
  visit.organizations.forEach((o, i) => {
    if (!sided(o) || !known(o.side)) return;
    const path = `organizations[${i}].country`;
    if (isInternational(o)) {
      if (o.country !== undefined) {
        push(
          makeError(
            path,
            'wrong-country',
            'expected no country: an international body belongs to none',
            preview(o.country),
          ),
        );
      }
      return;
    }
    const parent = o.parent === undefined ? undefined : orgs.get(o.parent);
    if (o.country !== undefined) {
      if (!codesOf(o.side).includes(o.country)) {
        push(makeError(path, 'wrong-country', expectOnSide(o.side), preview(o.country)));
        return;
      }
      const above = parent && sided(parent) ? resolve.org(parent) : undefined;
      if (above?.code !== undefined && above.code !== o.country) {
        push(
          makeError(
            path,
            'wrong-country',
            `expected "${above.code}", the country of its parent organization ${preview(parent!.id)}`,
            preview(o.country),
          ),
        );
      }
      return;
    }
    // Said once, at the top of the tree that lacks it: its children inherit what it gets.
    if (parent) return;
    const r = resolve.org(o);
    if (r.code === undefined && !r.international)
      push(makeError(path, 'missing-country', missing(o.side), 'nothing'));
  });

  visit.people.forEach((p, i) => {
    if (!sided(p)) return;
    const path = `people[${i}].country`;
    const org = p.organization === undefined ? undefined : orgs.get(p.organization);
    if (p.name === undefined && p.organization === undefined) {
      push(
        makeError(
          `people[${i}].name`,
          'unnamed-person',
          'expected a name, or an organization that describes the person with their title',
          'nothing',
        ),
      );
    }
    if (!known(p.side)) return;
    if (p.country !== undefined) {
      if (!codesOf(p.side).includes(p.country)) {
        push(makeError(path, 'wrong-country', expectOnSide(p.side), preview(p.country)));
        return;
      }
      const of = org && sided(org) ? resolve.org(org) : undefined;
      if (of?.code !== undefined && of.code !== p.country) {
        push(
          makeError(
            path,
            'wrong-country',
            `expected "${of.code}", the country of the person's organization ${preview(org!.id)}`,
            preview(p.country),
          ),
        );
      }
      return;
    }
    // A person inherits the organization's country: one missing there is said there.
    if (p.organization !== undefined) return;
    const r = resolve.person(p);
    if (r.code === undefined && !r.international)
      push(makeError(path, 'missing-country', missing(p.side), 'nothing'));
  });

  const visitCodes = [...hosts, ...others];
  const places = new Map(visit.places.map((pl) => [pl.id, pl]));
  (visit.itinerary ?? []).forEach((leg, i) => {
    if (!known('host') || !known('other')) return;
    if (leg.country !== undefined && !visitCodes.includes(leg.country)) {
      push(
        makeError(
          `itinerary[${i}].country`,
          'wrong-country',
          `expected one of the visit's host or other countries: ${orList(visitCodes)}`,
          preview(leg.country),
        ),
      );
      return;
    }
    const place = leg.place === undefined ? undefined : places.get(leg.place);
    if (
      place?.country !== undefined &&
      leg.country !== undefined &&
      place.country !== leg.country
    ) {
      push(
        makeError(
          `itinerary[${i}].place`,
          'wrong-country',
          `expected a place in "${leg.country}", the leg's country`,
          `${preview(place.id)} (country "${place.country}")`,
        ),
      );
    }
  });
}
