/**
 * The heavy half of the export, loaded with `import()` only when the user exports: HarfBuzz
 * (wasm) for shaping and outlines, hb-subset (wasm) and a WOFF writer (embedFaces.ts) for the
 * embedded subsets. IBM Plex Sans Arabic is loaded whole (four small files per weight); IBM Plex
 * Sans KR, which draws what it lacks (Hangul), only in the chunks `prepare` finds characters for.
 * `sources` says where the bytes come from (the browser fetches Vite assets, tests read files).
 */
import * as hb from 'harfbuzzjs';
import { bidiClass, firstStrong, visualRuns, type BaseDir } from '../svg/bidi';
import {
  FAMILY,
  SUBSETS,
  WEIGHTS,
  inRanges,
  isInvisibleControl,
  nearestWeight,
  type Subset,
  type Weight,
} from '../../fonts/fontFaces';
import { createSubsetter, type Subsetter } from './hbSubset';
import { fontFaceRules } from './embedFaces';
import { openFace, type Face } from './face';
import { koreanChunkOf } from '../../fonts/koreanFaces';
import type { FallbackRun, FontKit, PlacedGlyph, SpanInput } from '../types';
import { fmt } from '../svg/xml';

export interface FontSources {
  /** The WOFF 1.0 file of one @fontsource face. */
  font(subset: Subset, weight: Weight): Promise<Uint8Array>;
  /** The WOFF 1.0 file of one IBM Plex Sans KR chunk (see `KOREAN_CHUNKS`). */
  koreanFont(chunk: number, weight: Weight): Promise<Uint8Array>;
  subsetWasm(): Promise<BufferSource>;
  /**
   * Width in px of `text` at `size` px in the viewer's own sans-serif, for characters none of
   * our faces has (Thai, emoji). Default: one em per character.
   */
  measureFallback?(text: string, weight: number, size: number): number;
}

/** Face index of characters none of our faces has: drawn as text in a system font. */
const MISSING = -2;

/**
 * Per code unit: 1 where letter-spacing applies. Characters take the script of the letters they
 * sit among (spaces and digits inside Arabic count as Arabic); Arabic is cursive, so unspaced.
 */
function nonCursive(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let script = -1;
  const pending: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = bidiClass(text.codePointAt(i)!);
    const s = c === 'AL' || c === 'NSM' ? 0 : c === 'L' || c === 'R' ? 1 : -1;
    if (s < 0) {
      if (script < 0) pending.push(i);
      else out[i] = script;
      continue;
    }
    script = s;
    out[i] = s;
    for (const j of pending.splice(0)) out[j] = s;
  }
  for (const j of pending) out[j] = 1;
  return out;
}

/**
 * Loads every face of IBM Plex Sans Arabic at the two weights the app uses. With `embed`, also
 * the subsetter that `fontFaceCss` needs (editable-text export only).
 */
export async function loadFontKit(sources: FontSources, embed: boolean): Promise<FontKit> {
  const specs = WEIGHTS.flatMap((weight) => SUBSETS.map((s) => ({ ...s, weight })));
  const [faces, subsetter] = await Promise.all([
    Promise.all(
      specs.map(async ({ subset, range, weight }) =>
        openFace(await sources.font(subset, weight), weight, range),
      ),
    ),
    embed ? sources.subsetWasm().then(createSubsetter) : null,
  ]);
  return new Kit(faces, sources, subsetter);
}

class Kit implements FontKit {
  readonly family = FAMILY;
  readonly upem: number;
  readonly ascender: number;
  readonly descender: number;
  readonly xHeight: number;
  private readonly buffer = new hb.Buffer();
  private readonly paths = new Map<string, string>();
  /** Per weight, face indexes in browser lookup order (last declared first). */
  private readonly lookup: Map<Weight, number[]>;
  /** Per weight, the IBM Plex Sans KR chunks loaded so far (face indexes). */
  private readonly korean = new Map<Weight, number[]>(WEIGHTS.map((w) => [w, []]));
  /** IBM Plex Sans KR chunks loaded or loading, by `chunk-weight`. */
  private readonly loading = new Map<string, Promise<Face>>();
  private readonly added = new Set<string>();
  private readonly measureFallback: NonNullable<FontSources['measureFallback']>;

  constructor(
    private readonly faces: Face[],
    private readonly sources: FontSources,
    private readonly subsetter: Subsetter | null,
  ) {
    this.measureFallback =
      sources.measureFallback ??
      ((text: string, _w: number, size: number) => [...text].length * size);
    const first = faces[0]!.font;
    this.upem = first.face.upem;
    const ext = first.hExtents();
    this.ascender = ext.ascender;
    this.descender = ext.descender;
    const os2 = first.face.referenceTable('OS/2');
    const v = os2 && new DataView(os2.buffer, os2.byteOffset, os2.byteLength);
    this.xHeight = v && v.getUint16(0) >= 2 ? v.getInt16(86) : this.ascender / 2;
    this.lookup = new Map(
      WEIGHTS.map((w) => [w, faces.flatMap((f, i) => (f.weight === w ? [i] : [])).reverse()]),
    );
  }

  /**
   * The face that renders `cp` at `weight`, as a browser would choose among the @font-faces of
   * "IBM Plex Sans Arabic", then of "IBM Plex Sans KR" (the next family of the stack).
   */
  faceFor(cp: number, weight: Weight): number {
    const own = this.arabicFace(cp, weight);
    if (own !== MISSING) return own;
    for (const i of this.korean.get(weight)!)
      if (inRanges(cp, this.faces[i]!.ranges) && this.faces[i]!.cmap.has(cp)) return i;
    return MISSING;
  }

  private arabicFace(cp: number, weight: Weight): number {
    const order = this.lookup.get(weight)!;
    for (const i of order)
      if (inRanges(cp, this.faces[i]!.ranges) && this.faces[i]!.cmap.has(cp)) return i;
    for (const i of order) if (this.faces[i]!.cmap.has(cp)) return i;
    return MISSING;
  }

  async prepare(texts: ReadonlyMap<number, string>): Promise<void> {
    const wanted = new Set<string>();
    for (const [w, text] of texts) {
      const weight = nearestWeight(w);
      for (const ch of new Set(text)) {
        const cp = ch.codePointAt(0)!;
        if (isInvisibleControl(cp) || this.arabicFace(cp, weight) !== MISSING) continue;
        const chunk = koreanChunkOf(cp);
        if (!chunk) continue;
        const key = `${chunk.id}-${weight}`;
        wanted.add(key);
        if (this.loading.has(key)) continue;
        const p = this.sources
          .koreanFont(chunk.id, weight)
          .then((woff) => openFace(woff, weight, chunk.range, this.upem));
        p.catch(() => this.loading.delete(key));
        this.loading.set(key, p);
      }
    }
    const faces = await Promise.all(
      [...wanted].sort().map(async (k) => [k, await this.loading.get(k)!] as const),
    );
    // Added in a fixed order, whatever order they arrived in: glyph ids stay the same.
    for (const [key, face] of faces) {
      if (this.added.has(key)) continue;
      this.added.add(key);
      this.korean.get(face.weight)!.push(this.faces.push({ ...face, korean: true }) - 1);
    }
  }

  firstStrong(text: string) {
    return firstStrong(text);
  }

  shapeLine(spans: readonly SpanInput[], dir: BaseDir, lang?: string, letterSpacing = 0) {
    const text = spans.map((s) => s.text).join('');
    const spanOf = new Uint16Array(text.length);
    let at = 0;
    spans.forEach((s, i) => {
      spanOf.fill(i, at, at + s.text.length);
      at += s.text.length;
    });
    const spaced = letterSpacing ? nonCursive(text) : null;
    const glyphs: PlacedGlyph[] = [];
    const fallback: FallbackRun[] = [];
    let pen = 0;
    for (const run of visualRuns(text, dir)) {
      const rtl = run.level % 2 === 1;
      const pieces = this.itemize(text, run.start, run.end, spanOf, spans);
      if (rtl) pieces.reverse();
      for (const p of pieces) {
        if (p.face === MISSING) {
          const t = text.slice(p.start, p.end);
          const weight = spans[p.span]!.weight;
          const width = this.measureFallback(t, weight, this.upem);
          fallback.push({ text: t, x: pen, width, span: p.span, weight, rtl });
          pen += width;
          continue;
        }
        const buf = this.buffer;
        buf.clearContents();
        buf.addText(text, p.start, p.end - p.start);
        buf.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
        if (lang) buf.setLanguage(lang);
        buf.guessSegmentProperties();
        hb.shape(this.faces[p.face]!.font, buf);
        const out = buf.getGlyphInfosAndPositions();
        out.forEach((g, k) => {
          glyphs.push({
            face: p.face,
            gid: g.codepoint,
            x: pen + (g.xOffset ?? 0),
            y: g.yOffset ?? 0,
            span: p.span,
          });
          pen += g.xAdvance ?? 0;
          const next = out[k + 1];
          if (spaced?.[g.cluster] && (!next || next.cluster !== g.cluster)) pen += letterSpacing;
        });
      }
    }
    return { glyphs, fallback, width: pen };
  }

  /** Splits [start, end) into pieces of one span and one face, in logical order. */
  private itemize(
    text: string,
    start: number,
    end: number,
    spanOf: Uint16Array,
    spans: readonly SpanInput[],
  ) {
    const pieces: { start: number; end: number; face: number; span: number }[] = [];
    for (let i = start; i < end;) {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const span = spanOf[i]!;
      const weight = nearestWeight(spans[span]!.weight);
      const last = pieces[pieces.length - 1];
      // Marks and invisible controls stay with the face of what they attach to.
      const follows = isInvisibleControl(cp) || bidiClass(cp) === 'NSM';
      let face = follows && last && last.span === span ? last.face : this.faceFor(cp, weight);
      if (follows && !last) face = -1;
      if (last && last.span === span && (last.face === face || last.face === -1)) {
        last.face = face;
        last.end = i + len;
      } else pieces.push({ start: i, end: i + len, face, span });
      i += len;
    }
    for (const p of pieces)
      if (p.face === -1) p.face = this.lookup.get(nearestWeight(spans[p.span]!.weight))![0]!;
    return pieces;
  }

  glyphPath(face: number, gid: number): string {
    const key = `${face}:${gid}`;
    let d = this.paths.get(key);
    if (d === undefined) {
      d = this.faces[face]!.font.glyphToJson(gid)
        .map((c) => c.type + c.values.map((v, i) => fmt(i % 2 ? -v : v)).join(' '))
        .join('');
      this.paths.set(key, d);
    }
    return d;
  }

  async fontFaceCss(used: ReadonlyMap<number, ReadonlySet<number>>): Promise<string> {
    const subsetter = this.subsetter;
    if (!subsetter) return '';
    const perFace = new Map<number, number[]>();
    for (const [w, cps] of used) {
      const weight = nearestWeight(w);
      for (const cp of cps) {
        if (isInvisibleControl(cp)) continue;
        const f = this.faceFor(cp, weight);
        if (f === MISSING) continue;
        const list = perFace.get(f);
        if (list) list.push(cp);
        else perFace.set(f, [cp]);
      }
    }
    return fontFaceRules(
      [...perFace].map(([f, cps]) => ({ face: this.faces[f]!, index: f, cps })),
      subsetter,
    );
  }
}
