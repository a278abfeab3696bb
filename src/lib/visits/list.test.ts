// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVisitText } from '../model/parseVisit';
import { BUNDLED_VISITS, DEFAULT_VISIT, chooseVisit, linkVisit } from './list';

describe('the bundled visits', () => {
  it('has unique ids, each the name of its file', () => {
    const ids = BUNDLED_VISITS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of BUNDLED_VISITS) expect(v.file).toBe(`data/visits/${v.id}.json`);
  });

  it.each(BUNDLED_VISITS.map((v) => [v.id, v] as const))(
    '%s: the file exists, passes the gate and has the title the list shows',
    (_id, v) => {
      expect(existsSync(v.file)).toBe(true);
      const parsed = parseVisitText(readFileSync(v.file, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
      expect(parsed.visit.title.ar).toBe(v.title.ar);
      expect(parsed.visit.title.en).toBe(v.title.en);
    },
  );

  it('loads each file from a chunk of its own', async () => {
    const texts = await Promise.all(BUNDLED_VISITS.map((v) => v.text()));
    texts.forEach((t, i) => expect(t).toBe(readFileSync(BUNDLED_VISITS[i]!.file, 'utf8')));
  });
});

describe('chooseVisit', () => {
  it('gives the default visit when visit= is absent', () => {
    expect(chooseVisit(null)).toEqual({ kind: 'bundled', visit: DEFAULT_VISIT, explicit: false });
    expect(DEFAULT_VISIT.id).toBe('korea-2022');
  });
  it('gives the visit named', () => {
    const c = chooseVisit('uae-2023');
    expect(c.kind === 'bundled' && c.visit.id).toBe('uae-2023');
  });
  it('never guesses: a wrong or mistyped id is unknown, not the nearest visit', () => {
    expect(chooseVisit('nope')).toEqual({ kind: 'unknown', id: 'nope' });
    expect(chooseVisit('UAE-2023')).toEqual({ kind: 'unknown', id: 'UAE-2023' });
    expect(chooseVisit('')).toEqual({ kind: 'unknown', id: '' });
  });
});

describe('linkVisit', () => {
  it('writes no visit= for the default visit, nor for an unknown one', () => {
    expect(linkVisit(null)).toBeNull();
    expect(linkVisit('korea-2022')).toBeNull();
    expect(linkVisit('nope')).toBeNull();
  });
  it('writes the id of another bundled visit', () => {
    expect(linkVisit('uae-2023')).toBe('uae-2023');
  });
});
