// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Resolver } from './refs';

const orgs = new Resolver([
  { id: 'ae-mois', names: ['وزارة الداخلية', 'Ministry of Interior'] },
  {
    id: 'kr-mois',
    names: ['وزارة الداخلية والسلامة', 'Ministry of the Interior and Safety', 'MOIS'],
  },
  { id: 'kr-a', names: ['Digital Committee'] },
  { id: 'kr-b', names: ['Digital Committee'] },
]);

describe('references by name or id', () => {
  it('finds a record by its id, or by its name in any language', () => {
    expect(orgs.resolve('kr-mois')).toEqual({ ok: true, id: 'kr-mois' });
    expect(orgs.resolve('Ministry of Interior')).toEqual({ ok: true, id: 'ae-mois' });
    expect(orgs.resolve('MOIS')).toEqual({ ok: true, id: 'kr-mois' });
    expect(orgs.resolve('وزارة الداخلية')).toEqual({ ok: true, id: 'ae-mois' });
  });

  it('folds case, spacing and Arabic letter variants as the search does', () => {
    expect(orgs.resolve('ministry of  INTERIOR')).toEqual({ ok: true, id: 'ae-mois' });
    expect(orgs.resolve('وزاره الداخليه')).toEqual({ ok: true, id: 'ae-mois' });
  });

  it('suggests the nearest name for one that matches nothing', () => {
    expect(orgs.resolve('وزارة الداخلي')).toEqual({
      ok: false,
      why: 'missing',
      suggestion: 'وزارة الداخلية',
    });
    expect(orgs.resolve('Ministry of Interor')).toEqual({
      ok: false,
      why: 'missing',
      suggestion: 'Ministry of Interior',
    });
    expect(orgs.resolve('Nothing like it at all')).toEqual({ ok: false, why: 'missing' });
  });

  it('calls a name two records share ambiguous, with both ids', () => {
    expect(orgs.resolve('Digital Committee')).toEqual({
      ok: false,
      why: 'ambiguous',
      ids: ['kr-a', 'kr-b'],
    });
  });

  it('writes a name only where it reads back as the same record', () => {
    expect(orgs.writeRef('ae-mois', ['وزارة الداخلية', 'Ministry of Interior'])).toBe(
      'وزارة الداخلية',
    );
    expect(orgs.writeRef('kr-a', ['Digital Committee'])).toBe('kr-a');
    const tricky = new Resolver([
      { id: 'x', names: ['y', 'a; b', ' padded'] },
      { id: 'y', names: ['other'] },
    ]);
    expect(tricky.writeRef('x', ['y', 'a; b', ' padded'])).toBe('x');
  });
});
