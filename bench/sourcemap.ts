/**
 * Just enough of source maps to name where a profiled function came from: decode `mappings`
 * (base64 VLQ) and look up the original file and line of a generated line/column.
 */
import { readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...B64].map((c, i) => [c, i]));

interface Segment {
  /** Generated column. */
  col: number;
  source: number;
  /** Original line and column, 0-based. */
  line: number;
  origCol: number;
}

export class SourceMap {
  readonly sources: string[];
  readonly lines: Segment[][] = [];

  constructor(file: string) {
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; mappings: string };
    this.sources = map.sources;
    let source = 0;
    let line = 0;
    let col = 0;
    for (const text of map.mappings.split(';')) {
      const segs: Segment[] = [];
      let genCol = 0;
      for (const seg of text.split(',')) {
        if (!seg) continue;
        const v: number[] = [];
        let shift = 0;
        let acc = 0;
        for (const ch of seg) {
          const d = VALUE.get(ch) ?? 0;
          acc += (d & 31) << shift;
          if (d & 32) shift += 5;
          else {
            v.push(acc & 1 ? -(acc >>> 1) : acc >>> 1);
            acc = 0;
            shift = 0;
          }
        }
        genCol += v[0] ?? 0;
        if (v.length >= 4) {
          source += v[1]!;
          line += v[2]!;
          col += v[3]!;
          segs.push({ col: genCol, source, line, origCol: col });
        }
      }
      this.lines.push(segs);
    }
  }

  /** Original "file:line" (1-based line) of a 0-based generated line and column. */
  lookup(line: number, col: number): string | null {
    const segs = this.lines[line];
    if (!segs?.length) return null;
    let best: Segment | undefined;
    for (const s of segs) {
      if (s.col <= col) best = s;
      else break;
    }
    best ??= segs[0]!;
    const src = (this.sources[best.source] ?? '?').replace(/^(\.\.\/)+/, '');
    return `${src}:${best.line + 1}`;
  }
}
