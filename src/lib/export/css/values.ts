/**
 * CSS values as a browser computes them, for the Node style resolver (`../nodeStyle.ts`): colours
 * (`rgb()`/`rgba()`, `light-dark()` → light, `color-mix(in srgb, …)`), lengths in px, and an SVG
 * `transform` attribute as the matrix Chromium reports.
 */
import { NAMED } from './tables';
import { splitTop } from './parse';

export function argsOf(v: string, fn: string): [number, number, string] | null {
  const at = v.toLowerCase().indexOf(`${fn}(`);
  if (at < 0) return null;
  let depth = 0;
  for (let j = at + fn.length; j < v.length; j++) {
    if (v[j] === '(') depth++;
    else if (v[j] === ')' && --depth === 0) return [at, j + 1, v.slice(at + fn.length + 1, j)];
  }
  return null;
}

export type RGBA = [number, number, number, number];

export function parseColorValue(v: string): RGBA | null {
  const t = v.trim().toLowerCase();
  if (t === 'transparent') return [0, 0, 0, 0];
  if (NAMED[t]) return [...NAMED[t], 1];
  let m = /^#([0-9a-f]{3,8})$/.exec(t);
  if (m) {
    let h = m[1]!;
    if (h.length === 3 || h.length === 4) h = [...h].map((x) => x + x).join('');
    const n = (k: number) => parseInt(h.slice(k, k + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(t);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
    return [+m[1]!, +m[2]!, +m[3]!, a];
  }
  return null;
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;
export function formatColor([r, g, b, a]: RGBA): string {
  const c = [r, g, b].map((x) => Math.round(x)).join(', ');
  return a >= 1 ? `rgb(${c})` : `rgba(${c}, ${round3(a)})`;
}

/** `color-mix(in srgb, A p%, B q%)`, premultiplied as CSS Color 5 says. */
export function colorMix(args: string): RGBA | null {
  const parts = splitTop(args, ',').map((p) => p.trim());
  if (parts.length !== 3 || !/^in\s+srgb$/i.test(parts[0]!)) return null;
  const one = (p: string): [RGBA | null, number | null] => {
    const m = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(p)!;
    return [parseColorValue(m[1]!), m[2] === undefined ? null : +m[2] / 100];
  };
  const [c1, p1r] = one(parts[1]!);
  const [c2, p2r] = one(parts[2]!);
  if (!c1 || !c2) return null;
  let p1 = p1r ?? (p2r === null ? 0.5 : 1 - p2r);
  let p2 = p2r ?? 1 - p1;
  const sum = p1 + p2;
  p1 /= sum;
  p2 /= sum;
  const a = c1[3] * p1 + c2[3] * p2;
  if (a === 0) return [0, 0, 0, 0];
  const ch = (k: number) => (c1[k]! * c1[3] * p1 + c2[k]! * c2[3] * p2) / a;
  return [ch(0), ch(1), ch(2), a * Math.min(1, sum)];
}

/** Replaces `light-dark(a, b)` by `a` and `color-mix()` by its colour, innermost first. */
export function resolveColors(v: string): string {
  let out = v;
  for (let guard = 0; guard < 50; guard++) {
    const ld = argsOf(out, 'light-dark');
    if (ld) {
      const [light] = splitTop(ld[2], ',');
      out = out.slice(0, ld[0]) + (light ?? '').trim() + out.slice(ld[1]);
      continue;
    }
    const cm = argsOf(out, 'color-mix');
    if (cm) {
      const mixed = colorMix(resolveColors(cm[2]));
      out = out.slice(0, cm[0]) + (mixed ? formatColor(mixed) : 'transparent') + out.slice(cm[1]);
      continue;
    }
    break;
  }
  return out;
}

/** A length in px, with `em` relative to `em` px; `calc()` of sums and products. */
export function toPx(v: string, em: number): number | null {
  const t = v.trim();
  const calc = /^calc\((.*)\)$/i.exec(t);
  if (calc) {
    const expr = calc[1]!.replace(/(-?[\d.]+)(px|r?em|%)?/g, (_m, n: string, u?: string) =>
      String(+n * (u === 'rem' ? 16 : u === 'em' ? em : 1)),
    );
    if (!/^[\d.\s+\-*/()]+$/.test(expr)) return null;
    try {
      return Number(Function(`"use strict";return (${expr})`)());
    } catch {
      return null;
    }
  }
  const m = /^(-?[\d.]+)(px|rem|em)?$/i.exec(t);
  if (!m) return null;
  const u = m[2]?.toLowerCase();
  return +m[1]! * (u === 'rem' ? 16 : u === 'em' ? em : 1);
}

export const pxText = (n: number) => `${round3(n)}px`;

export function matrixOf(t: string): string | null {
  let m = [1, 0, 0, 1, 0, 0];
  const mul = (n: number[]) => {
    const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
    const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
    m = [
      a * A + c * B,
      b * A + d * B,
      a * C + c * D,
      b * C + d * D,
      a * E + c * F + e,
      b * E + d * F + f,
    ];
  };
  const re = /(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g;
  const rest = t.replace(re, '').replace(/[\s,]/g, '');
  if (rest) return null;
  for (const [, fn, argText] of t.matchAll(re)) {
    const a = argText!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (a.some((x) => !Number.isFinite(x))) return null;
    if (fn === 'matrix' && a.length === 6) mul(a);
    else if (fn === 'translate') mul([1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
    else if (fn === 'scale') mul([a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0]);
    else if (fn === 'rotate') {
      const r = ((a[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
      mul([1, 0, 0, 1, cx, cy]);
      mul([Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
      mul([1, 0, 0, 1, -cx, -cy]);
    } else if (fn === 'skewX') mul([1, 0, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 1, 0, 0]);
    else if (fn === 'skewY') mul([1, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 0, 1, 0, 0]);
    else return null;
  }
  return `matrix(${m.map((x) => String(Math.round(x * 1e6) / 1e6)).join(', ')})`;
}

/** SVG presentation attributes that take part in the cascade (below any author rule). */
