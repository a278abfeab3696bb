// @vitest-environment node
/**
 * Label in name (WCAG 2.5.3, axe `label-content-name-mismatch`): a card's accessible name holds
 * its visible words in the order drawn, "(likely)"/"(مرجّح)" included, with nothing but spaces
 * and bidi isolates between a name and its tag (an Arabic comma there broke the match).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVisitText } from '../model/parseVisit';
import { indexVisit } from '../model/derive';
import { createMeasure } from '../text/measure';
import { buildOrgCards } from './orgCards';

const measure = createMeasure({ estimate: true });
/** What axe compares: the text without bidi controls, punctuation, in one space-separated run. */
const words = (s: string) =>
  s
    .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/[,،]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const strict = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ');

function koreaWithLikelyNames() {
  const visit = JSON.parse(readFileSync('data/visits/korea-2022.json', 'utf8'));
  for (const p of visit.people)
    if (p.id === 'seoul-vice-mayor')
      p.provenance = [{ field: 'name', confidence: 'likely', sources: [p.sources[0]] }];
  const parsed = parseVisitText(JSON.stringify(visit));
  if (!parsed.ok) throw new Error('fixture did not parse');
  return indexVisit(parsed.visit);
}

describe('org card labels contain the visible text', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`a likely person's name and its tag read as drawn (${lang})`, () => {
      const cards = buildOrgCards(koreaWithLikelyNames(), { lang, measure });
      const blocks = [...cards.cards.values()].flatMap((c) => c.people);
      const b = blocks.find((p) => p.person.id === 'seoul-vice-mayor')!;
      expect(b.confidence).toBe('likely');
      const tag = lang === 'ar' ? '(مرجّح)' : '(likely)';
      const name = b.lines
        .filter((l) => l.role === 'name')
        .map((l) => l.text)
        .join(' ');
      expect(name).toContain(tag);
      // The name line as drawn, tag included, starts the label (isolates aside).
      expect(strict(b.label).startsWith(name)).toBe(true);
      // And every drawn line is in the label, in order.
      expect(words(b.label)).toContain(words(b.lines.map((l) => l.text).join(' ')));
    });
  }
});
