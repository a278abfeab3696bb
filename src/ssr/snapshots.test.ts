// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../lib/embed/params';
import { snapshotFor } from './snapshots';

const key = (search: string, hash = '') =>
  snapshotFor(parseEmbedParams(new URLSearchParams(search)), hash, 'korea-2022');

describe('snapshotFor', () => {
  it('picks the page or embed snapshot in either language', () => {
    expect(key('')).toBe('ar');
    expect(key('?lang=ar')).toBe('ar');
    expect(key('?lang=en')).toBe('en');
    expect(key('?embed=1')).toBe('embed-ar');
    expect(key('?lang=en&embed=1')).toBe('embed-en');
    expect(key('?visit=korea-2022&lang=en')).toBe('en');
    // Keys the app does not read change nothing.
    expect(key('?utm_source=x')).toBe('ar');
  });
  it('has none for any other state', () => {
    for (const q of [
      '?visit=uae-2023',
      '?data=./v.json',
      '?view=timeline',
      '?sel=meeting:m1',
      '?topics=trade',
      '?from=2022-10-04&to=2022-10-06',
      '?theme=dark',
      '?digits=arab',
      '?calendar=islamic-umalqura',
      '?embed=1&plain=1',
      '?embed=1&transparent=1',
    ])
      expect(key(q), q).toBeNull();
    expect(key('', '#x')).toBeNull();
  });
});
