/**
 * A linear time scale: instants (floating ms or `Date`) → px over a range, and back. Shaped like
 * d3-scale's `scaleUtc` for what the timeline uses (call, `domain`, `range`, `invert`, `copy`)
 * and computing the same numbers, without d3-scale and the interpolators, colours and time
 * formats it brings along. A range given high to low (`[width, 0]`) mirrors it for RTL. Ticks are
 * not its business: `ticks.ts` takes them from `tickIntervals.ts` (Gregorian or Umm al-Qura).
 */
export interface TimeScale {
  /** The px of an instant. */
  (t: number | Date): number;
  /** The instants at the range's ends, in ms. */
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  /** The instant (whole ms) at a px; not clamped to the domain. */
  invert(x: number): number;
  copy(): TimeScale;
}

type Map1 = (v: number) => number;

/** Whole ms, as a `Date` keeps them (d3's time scale stores its domain as dates). */
const ms = (v: number | Date) => Math.trunc(+v) + 0;

/** [a, b] → [0, 1], as d3's `normalize`. */
function normalize(a: number, b: number): Map1 {
  const d = b - a;
  return d ? (v) => (v - a) / d : () => (Number.isNaN(d) ? NaN : 0.5);
}

/** [0, 1] → [a, b], as d3's `interpolateNumber`. */
const lerp =
  (a: number, b: number): Map1 =>
  (t) =>
    a * (1 - t) + b * t;

/** d3's `bimap`: one segment, with a descending domain read from its low end. */
function bimap(d: readonly [number, number], r: readonly [number, number]): Map1 {
  const [n, i] =
    d[1] < d[0] ? [normalize(d[1], d[0]), lerp(r[1], r[0])] : [normalize(...d), lerp(...r)];
  return (v) => i(n(v));
}

/** A time scale from `domain` (default: the Unix epoch's first day) to `range` (default [0, 1]). */
export function scaleTime(
  domain: readonly (number | Date)[] = [0, 86_400_000],
  range: readonly number[] = [0, 1],
): TimeScale {
  let d: [number, number] = [ms(domain[0]!), ms(domain[1]!)];
  let r: [number, number] = [range[0]!, range[1]!];
  let forward = bimap(d, r);
  let backward = bimap(r, d);
  const rescale = () => {
    forward = bimap(d, r);
    backward = bimap(r, d);
    return scale;
  };
  const scale = ((t: number | Date) => forward(+t)) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [d[0], d[1]];
    d = [ms(next[0]!), ms(next[1]!)];
    return rescale();
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r[0], r[1]];
    r = [next[0]!, next[1]!];
    return rescale();
  }) as TimeScale['range'];
  scale.invert = (x) => ms(backward(x));
  scale.copy = () => scaleTime(d, r);
  return scale;
}
