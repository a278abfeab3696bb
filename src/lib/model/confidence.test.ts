// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confidenceOf, cueConfidence, isCueField } from './confidence';
import { indexVisit } from './derive';
import { parseVisitText } from './parseVisit';

const likely = (field: string) => ({ field, confidence: 'likely' as const });

describe('cueConfidence: the mark-level cue follows only what the mark claims', () => {
  it.each([
    ['meeting', 'date', true],
    ['meeting', 'participants', true],
    ['meeting', 'location', true],
    ['meeting', 'location.venue', true],
    ['meeting', 'kind', true],
    ['meeting', 'record', true],
    ['meeting', 'summary', false],
    ['event', 'date', true],
    ['event', 'topics', false],
    ['person', 'name', true],
    ['person', 'name.en', false],
    ['person', 'title', true],
    ['person', 'title.ko', false],
    ['person', 'organization', true],
    ['person', 'country', false],
    ['organization', 'parent', true],
    ['organization', 'record', true],
    ['organization', 'name.ar', false],
  ] as const)('%s %s: cue %s', (kind, field, cue) => {
    expect(isCueField(kind, field)).toBe(cue);
    expect(cueConfidence(kind, { provenance: [likely(field)] })).toBe(cue ? 'likely' : 'confirmed');
  });

  it('takes the weakest cue field, ignoring weaker detail fields', () => {
    const p = {
      provenance: [
        likely('name'),
        { field: 'name.en', confidence: 'unknown' as const },
        { field: 'title', confidence: 'confirmed' as const },
      ],
    };
    expect(cueConfidence('person', p)).toBe('likely');
    expect(confidenceOf(p)).toBe('unknown'); // the record's weakest field, for the details
    expect(cueConfidence('person', {})).toBe('confirmed');
  });

  it('on the UAE 2023 visit: spellings and countries stay in the details only', () => {
    const parsed = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
    if (!parsed.ok) throw new Error('uae-2023.json invalid');
    const index = indexVisit(parsed.visit);
    // Ten people have only a likely English spelling (name.en): no "(likely)" on their cards.
    for (const id of ['han-wha-jin', 'koo-ja-yeol', 'abdulla-al-marri', 'kim-myung-shik'])
      expect(index.confidence.has(id)).toBe(false);
    // A likely country (IBM Research Zurich) is a detail too.
    expect(index.confidence.has('ch-ibm-research-zurich')).toBe(false);
    // What the card or mark claims: an organization, a parent, a name, a date, a place, who.
    for (const id of [
      'ducrest', // organization
      'ae-presidential-court', // name
      'ae-cabinet', // parent
      'ae-embassy-seoul', // record
      'm06-one-on-one', // participants
      'm07-state-luncheon', // location
      'm18-museum-tour', // record
      'm20-mbr', // date
      'e-joint-declaration', // date
    ])
      expect(index.confidence.get(id)).toBe('likely');
    // Each of those unsure spellings is still in the record's provenance, for the details.
    const han = parsed.visit.people.find((p) => p.id === 'han-wha-jin')!;
    expect(confidenceOf(han)).toBe('likely');
  });
});
