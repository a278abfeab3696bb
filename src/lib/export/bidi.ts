/**
 * The Unicode Bidirectional Algorithm (UAX #9) for one line of text: explicit embeddings,
 * overrides and isolates (X1–X10), weak and neutral types (W1–W7, N0 for (), [] and {}, N1–N2),
 * implicit levels (I1–I2), trailing whitespace (L1) and reordering into visual runs (L2).
 * Outlined export needs it because the files it writes must look right in viewers that have no
 * bidi support at all.
 */
import * as C from './bidiClass';

export type BaseDir = 'ltr' | 'rtl';

/** A maximal run of one embedding level; `rtl` when the level is odd. */
export interface Run {
  start: number;
  end: number;
  level: number;
}

const MAX_DEPTH = 125;
const isIsolateInit = (t: number) => t === C.LRI || t === C.RLI || t === C.FSI;
const isNI = (t: number) =>
  t === C.B || t === C.S || t === C.WS || t === C.ON || isIsolateInit(t) || t === C.PDI;
/** Strong direction for N0/N1: EN and AN count as R. */
const strongDir = (t: number) =>
  t === C.L ? C.L : t === C.R || t === C.AL || t === C.EN || t === C.AN ? C.R : -1;
const BRACKETS: Record<number, number> = { 0x28: 0x29, 0x5b: 0x5d, 0x7b: 0x7d };
const CLOSERS = new Set(Object.values(BRACKETS));

/** Bidi class per UTF-16 code unit (the low half of a surrogate pair is BN). */
function classify(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    out[i] = C.bidiClassOf(cp);
    if (cp > 0xffff) out[++i] = C.BN;
  }
  return out;
}

/** Embedding levels per code unit of `text`, a single paragraph with base direction `dir`. */
export function resolveLevels(text: string, dir: BaseDir): Uint8Array {
  const n = text.length;
  const orig = classify(text);
  const types = orig.slice();
  const para = dir === 'rtl' ? 1 : 0;
  const levels = new Uint8Array(n);

  // BD9: isolate initiators and their matching PDIs.
  const pdiOf = new Int32Array(n).fill(-1);
  const initOf = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isIsolateInit(orig[i]!)) open.push(i);
    else if (orig[i] === C.PDI && open.length) {
      const o = open.pop()!;
      pdiOf[o] = i;
      initOf[i] = o;
    }
  }
  const firstStrongRtl = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) {
      const t = orig[j]!;
      if (t === C.L) return false;
      if (t === C.R || t === C.AL) return true;
      if (isIsolateInit(t)) {
        if (pdiOf[j]! < 0) return false;
        j = pdiOf[j]!;
      }
    }
    return false;
  };

  // X1–X8: the directional status stack.
  const stack = [{ level: para, override: -1, isolate: false }];
  let overflowIsolate = 0;
  let overflowEmbedding = 0;
  let validIsolate = 0;
  const top = () => stack[stack.length - 1]!;
  const push = (rtl: boolean, override: number, isolate: boolean): boolean => {
    const cur = top().level;
    const next = rtl ? (cur + 1) | 1 : (cur + 2) & ~1;
    if (next > MAX_DEPTH || overflowIsolate || overflowEmbedding) return false;
    stack.push({ level: next, override, isolate });
    return true;
  };
  for (let i = 0; i < n; i++) {
    const t = orig[i]!;
    if (t === C.RLE || t === C.LRE || t === C.RLO || t === C.LRO) {
      levels[i] = top().level;
      const ov = t === C.RLO ? C.R : t === C.LRO ? C.L : -1;
      if (!push(t === C.RLE || t === C.RLO, ov, false) && !overflowIsolate) overflowEmbedding++;
      types[i] = C.BN;
    } else if (isIsolateInit(t)) {
      levels[i] = top().level;
      if (top().override >= 0) types[i] = top().override;
      const rtl =
        t === C.RLI || (t === C.FSI && firstStrongRtl(i + 1, pdiOf[i]! < 0 ? n : pdiOf[i]!));
      if (push(rtl, -1, true)) validIsolate++;
      else overflowIsolate++;
    } else if (t === C.PDI) {
      if (overflowIsolate) overflowIsolate--;
      else if (validIsolate) {
        overflowEmbedding = 0;
        while (!top().isolate) stack.pop();
        stack.pop();
        validIsolate--;
      }
      levels[i] = top().level;
      if (top().override >= 0) types[i] = top().override;
    } else if (t === C.PDF) {
      if (!overflowIsolate) {
        if (overflowEmbedding) overflowEmbedding--;
        else if (!top().isolate && stack.length > 1) stack.pop();
      }
      levels[i] = top().level;
      types[i] = C.BN;
    } else if (t === C.B) {
      levels[i] = para;
    } else {
      levels[i] = top().level;
      if (t !== C.BN && top().override >= 0) types[i] = top().override;
    }
  }

  // X9–X10: drop BN-like characters, group level runs into isolating run sequences.
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (types[i] !== C.BN) kept.push(i);
  const runs: number[][] = [];
  for (const i of kept) {
    const last = runs[runs.length - 1];
    if (last && levels[last[last.length - 1]!] === levels[i]) last.push(i);
    else runs.push([i]);
  }
  const runStartingAt = new Map<number, number[]>();
  for (const r of runs) runStartingAt.set(r[0]!, r);
  const keptPos = new Int32Array(n).fill(-1);
  kept.forEach((i, k) => (keptPos[i] = k));
  // sos/eos compare with the explicit levels of neighbours, before any sequence is resolved.
  const explicit = levels.slice();
  for (const run of runs) {
    if (orig[run[0]!] === C.PDI && initOf[run[0]!]! >= 0) continue;
    const seq = [...run];
    let last = seq[seq.length - 1]!;
    while (isIsolateInit(orig[last]!) && pdiOf[last]! >= 0) {
      const next = runStartingAt.get(pdiOf[last]!);
      if (!next) break;
      seq.push(...next);
      last = seq[seq.length - 1]!;
    }
    resolveSequence(seq, types, orig, levels, explicit, text, kept, keptPos, para, pdiOf);
  }

  // Characters removed by X9 are invisible; the higher level of their neighbours keeps them from
  // splitting a run in L2.
  for (let i = 0; i < n; i++) {
    if (types[i] !== C.BN) continue;
    let j = i + 1;
    while (j < n && types[j] === C.BN) j++;
    const prev = i > 0 ? levels[i - 1]! : para;
    levels[i] = Math.max(prev, j < n ? levels[j]! : para);
  }
  // L1: trailing whitespace, and whitespace before separators, goes back to the paragraph level.
  let trailing = true;
  for (let i = n - 1; i >= 0; i--) {
    const t = orig[i]!;
    if (t === C.S || t === C.B) {
      levels[i] = para;
      trailing = true;
    } else if (t === C.WS || isIsolateInit(t) || t === C.PDI || types[i] === C.BN) {
      if (trailing) levels[i] = para;
    } else trailing = false;
  }
  return levels;
}

function resolveSequence(
  seq: number[],
  types: Uint8Array,
  orig: Uint8Array,
  levels: Uint8Array,
  explicit: Uint8Array,
  text: string,
  kept: number[],
  keptPos: Int32Array,
  para: number,
  pdiOf: Int32Array,
) {
  const level = levels[seq[0]!]!;
  const first = keptPos[seq[0]!]!;
  const before = first > 0 ? explicit[kept[first - 1]!]! : para;
  const lastChar = seq[seq.length - 1]!;
  const lastPos = keptPos[lastChar]!;
  const after =
    isIsolateInit(orig[lastChar]!) && pdiOf[lastChar]! < 0
      ? para
      : lastPos + 1 < kept.length
        ? explicit[kept[lastPos + 1]!]!
        : para;
  const sos = Math.max(before, level) % 2 ? C.R : C.L;
  const eos = Math.max(after, level) % 2 ? C.R : C.L;
  const e = level % 2 ? C.R : C.L;
  const len = seq.length;
  const T = (k: number) => types[seq[k]!]!;
  const set = (k: number, t: number) => (types[seq[k]!] = t);

  // W1–W7.
  for (let k = 0; k < len; k++) {
    if (T(k) !== C.NSM) continue;
    const prev = k > 0 ? T(k - 1) : sos;
    set(k, isIsolateInit(prev) || prev === C.PDI ? C.ON : prev);
  }
  let lastStrong = sos;
  for (let k = 0; k < len; k++) {
    const t = T(k);
    if (t === C.R || t === C.L || t === C.AL) lastStrong = t;
    else if (t === C.EN && lastStrong === C.AL) set(k, C.AN);
  }
  for (let k = 0; k < len; k++) if (T(k) === C.AL) set(k, C.R);
  for (let k = 1; k < len - 1; k++) {
    const t = T(k);
    const a = T(k - 1);
    const b = T(k + 1);
    if (t === C.ES && a === C.EN && b === C.EN) set(k, C.EN);
    else if (t === C.CS && a === b && (a === C.EN || a === C.AN)) set(k, a);
  }
  for (let k = 0; k < len; k++) {
    if (T(k) !== C.ET) continue;
    let end = k;
    while (end < len && T(end) === C.ET) end++;
    const en = (k > 0 && T(k - 1) === C.EN) || (end < len && T(end) === C.EN);
    for (let j = k; j < end; j++) set(j, en ? C.EN : C.ON);
    k = end - 1;
  }
  for (let k = 0; k < len; k++) if (T(k) === C.ES || T(k) === C.CS) set(k, C.ON);
  lastStrong = sos;
  for (let k = 0; k < len; k++) {
    const t = T(k);
    if (t === C.L || t === C.R) lastStrong = t;
    else if (t === C.EN && lastStrong === C.L) set(k, C.L);
  }

  // N0: paired brackets take the direction of what they enclose, or of their context.
  const openers: [number, number][] = [];
  const pairs: [number, number][] = [];
  for (let k = 0; k < len && openers.length <= 63; k++) {
    if (T(k) !== C.ON) continue;
    const ch = text.charCodeAt(seq[k]!);
    if (BRACKETS[ch]) openers.push([k, BRACKETS[ch]!]);
    else if (CLOSERS.has(ch)) {
      for (let s = openers.length - 1; s >= 0; s--) {
        if (openers[s]![1] !== ch) continue;
        pairs.push([openers[s]![0], k]);
        openers.length = s;
        break;
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [o, c] of pairs) {
    let found = -1;
    for (let k = o + 1; k < c && found !== e; k++) {
      const d = strongDir(T(k));
      if (d >= 0) found = d;
    }
    if (found < 0) continue;
    let dir = e;
    if (found !== e) {
      let ctx = sos;
      for (let k = o - 1; k >= 0; k--) {
        const d = strongDir(T(k));
        if (d >= 0) {
          ctx = d;
          break;
        }
      }
      dir = ctx === found ? found : e;
    }
    for (const k of [o, c]) {
      set(k, dir);
      for (let j = k + 1; j < len && orig[seq[j]!] === C.NSM; j++) set(j, dir);
    }
  }

  // N1–N2: neutrals between two strong types of one direction take it; others the embedding's.
  for (let k = 0; k < len; k++) {
    if (!isNI(T(k))) continue;
    let end = k;
    while (end < len && isNI(T(end))) end++;
    const prev = k > 0 ? strongDir(T(k - 1)) : sos;
    const next = end < len ? strongDir(T(end)) : eos;
    for (let j = k; j < end; j++) set(j, prev === next ? prev : e);
    k = end - 1;
  }

  // I1–I2.
  for (let k = 0; k < len; k++) {
    const i = seq[k]!;
    const t = types[i]!;
    if (level % 2 === 0) levels[i] = level + (t === C.R ? 1 : t === C.AN || t === C.EN ? 2 : 0);
    else levels[i] = level + (t === C.L || t === C.EN || t === C.AN ? 1 : 0);
  }
}

/**
 * L2: the runs of `levels` in visual order, left to right. Each run is drawn in its own
 * direction (odd level = right to left).
 */
export function visualRuns(levels: Uint8Array): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < levels.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  if (!runs.length) return runs;
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  for (let lvl = max; lvl >= minOdd; lvl--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i]!.level < lvl) continue;
      let j = i;
      while (j < runs.length && runs[j]!.level >= lvl) j++;
      const rev = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...rev);
      i = j;
    }
  }
  return runs;
}
