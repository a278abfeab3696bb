import { describe, expect, it } from 'vitest';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { indexVisit, indexVisitInTasks } from './derive';
import { parseVisit } from './parseVisit';

describe('indexVisitInTasks', () => {
  it('gives the index indexVisit gives, pausing between its steps', async () => {
    const r = parseVisit(generateVisit({ seed: 5, meetings: 300, events: 40, people: 120 }));
    if (!r.ok) throw new Error(r.errors[0]?.message);
    let pauses = 0;
    const stepped = await indexVisitInTasks(r.visit, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stepped).toEqual(indexVisit(r.visit));
  });
});
