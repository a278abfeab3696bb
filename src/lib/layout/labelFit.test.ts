// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dir } from '../i18n/locale';
import { createMeasure } from '../text/measure';
import { ELLIPSIS } from '../text/truncate';
import { EDGE_INSET, fitToView, labelSlot } from './labelFit';
import { LABEL_FONTS, type MarkGeom } from './timeline';
import { placeMark } from './timelinePlace';

const WIDTH = 1000;
const measure = createMeasure({ estimate: true });
const dirs: Dir[] = ['rtl', 'ltr'];

/** A mark from reading position a to b (px at k = 1) with `label`, in `dir`. */
function mark(a: number, b: number, label: string, dir: Dir, type: MarkGeom['type'] = 'event') {
  const w = measure(label, LABEL_FONTS[type]);
  const x = (r: number) => (dir === 'rtl' ? WIDTH - r : r);
  return {
    id: 'a',
    type,
    order: 0,
    precision: 'day',
    approximate: false,
    interval: { start: 0, end: 1 },
    label,
    labelWidth: w,
    fullLabel: label,
    fullWidth: w,
    truncated: false,
    lane: 0,
    x0: x(a),
    x1: x(b),
    minLength: 10,
  } as MarkGeom;
}

/** What a reader sees of a mark's label: its text when drawn whole inside the view, else null. */
function seen(m: MarkGeom, dir: Dir, t = { k: 1, x: 0 }) {
  const f = fitToView(m, t, WIDTH, dir, measure);
  const p = placeMark(f, t, WIDTH, dir);
  if (!p.labelShown) return null;
  const r = dir === 'rtl' ? WIDTH - p.labelX : p.labelX;
  // Drawn whole: clear of both soft edges.
  expect(r).toBeGreaterThanOrEqual(EDGE_INSET);
  expect(r + f.labelWidth).toBeLessThanOrEqual(WIDTH - EDGE_INSET + 0.5);
  return f.label;
}

const words = (s: string) =>
  s
    .replace(/[…\u2066-\u2069]/g, '')
    .split(/\s+/)
    .filter(Boolean);

describe('labelSlot', () => {
  it('starts a label at its mark, up to the far edge', () => {
    expect(labelSlot(100, 110, 50, WIDTH)).toEqual({ start: 100, room: WIDTH - EDGE_INSET - 100 });
  });
  it('slides the label of a mark that starts before the view in, within its footprint', () => {
    expect(labelSlot(-300, 400, 80, WIDTH)).toEqual({ start: EDGE_INSET, room: 400 - EDGE_INSET });
  });
});

describe('fitToView', () => {
  it.each(dirs)(
    'an event starting before the view: whole, or its words, never its tail (%s)',
    (dir) => {
      const label = 'جولة الوفد في المنطقة الصناعية';
      // The span runs from before the view to 120 px in: too short for the whole label there.
      const out = seen(mark(-200, 120, label, dir), dir);
      expect(out === null || !out.startsWith('ـ')).toBe(true);
      if (out) {
        expect(out.endsWith(ELLIPSIS)).toBe(true);
        expect(words(label).slice(0, words(out).length)).toEqual(words(out));
      }
      // A span that reaches far into the view keeps its whole label, inside the soft edge.
      expect(seen(mark(-200, 600, label, dir), dir)).toBe(label);
      // A point just before the view: no label (a cut one would read "ـولة الوفد").
      expect(seen(mark(-5, -5, label, dir), dir)).toBeNull();
    },
  );

  it.each(dirs)(
    'at the far edge: shortened at a word with an ellipsis, or left out (%s)',
    (dir) => {
      const label = 'Meeting with Interior Minister Prince Abdulaziz bin Saud';
      const full = measure(label, LABEL_FONTS.meeting);
      const near = seen(mark(WIDTH - full + 60, WIDTH - full + 70, label, dir, 'meeting'), dir);
      expect(near).not.toBe(label);
      expect(near!.endsWith(ELLIPSIS)).toBe(true);
      expect(words(label).slice(0, words(near!).length)).toEqual(words(near!));
      // Right at the far edge: nothing worth drawing.
      expect(seen(mark(WIDTH - 30, WIDTH - 25, label, dir, 'meeting'), dir)).toBeNull();
      // With room: whole.
      expect(seen(mark(100, 110, label, dir, 'meeting'), dir)).toBe(label);
    },
  );

  it.each(dirs)(
    'a mixed Arabic and English label is cut between words, isolate closed (%s)',
    (dir) => {
      const label = '\u2068Samsung Electronics Pyeongtaek Campus\u2069 زيارة';
      const full = measure(label, LABEL_FONTS.event);
      const out = seen(mark(WIDTH - full + 40, WIDTH - full + 45, label, dir), dir)!;
      expect(out).toMatch(/…\u2069$/);
      expect(words(label).slice(0, words(out).length)).toEqual(words(out));
    },
  );

  describe.each(dirs)("keeps a label's qualifiers whole at the far edge (%s)", (dir) => {
    const FSI = '\u2068';
    const PDI = '\u2069';
    it.each([
      ['en', `${FSI}Three-way meeting with Jordan's minister${PDI} (likely)`, ' (likely)'],
      ['ar', `${FSI}لقاء مع جي هيون هان${PDI} (اليوم غير مذكور)`, ' (اليوم غير مذكور)'],
    ])('%s: whole when it ends exactly at the edge, its name cut 1 px further', (_, label, q) => {
      const full = measure(label, LABEL_FONTS.meeting);
      const at = WIDTH - EDGE_INSET - full;
      expect(seen(mark(at, at + 10, label, dir, 'meeting'), dir)).toBe(label);
      const past = seen(mark(at + 1, at + 11, label, dir, 'meeting'), dir)!;
      expect(past.endsWith(`${ELLIPSIS}${PDI}${q}`)).toBe(true);
      // Only the name's last word went.
      expect(words(past)).toEqual(words(label.replace(/ \S+\u2069/u, PDI)));
      // Too little room for a first word and the qualifier: nothing, not "(likely)" alone.
      const least = measure(`${FSI}${words(label)[0]}${ELLIPSIS}${PDI}${q}`, LABEL_FONTS.meeting);
      const edge = WIDTH - EDGE_INSET - least + 1;
      expect(seen(mark(edge, edge + 10, label, dir, 'meeting'), dir)).toBeNull();
    });
  });

  it('leaves a mark whose label fits untouched (same object: no work per frame)', () => {
    const m = mark(100, 110, 'Seoul', 'ltr');
    expect(fitToView(m, { k: 1, x: 0 }, WIDTH, 'ltr', measure)).toBe(m);
  });
});
