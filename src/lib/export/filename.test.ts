// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug } from './filename';

describe('exportFileName', () => {
  it.each([
    ['timeline', { kind: 'svg', mode: 'text' }, false, 'uae-korea-2022-10-timeline.svg'],
    [
      'timeline',
      { kind: 'svg', mode: 'outline' },
      false,
      'uae-korea-2022-10-timeline-outlined.svg',
    ],
    ['orgchart', { kind: 'png', scale: 1 }, false, 'uae-korea-2022-10-orgchart.png'],
    ['orgchart', { kind: 'png', scale: 2 }, false, 'uae-korea-2022-10-orgchart@2x.png'],
    ['timeline', { kind: 'png', scale: 3 }, true, 'uae-korea-2022-10-timeline-full@3x.png'],
  ] as const)('%s %j whole=%s → %s', (view, format, whole, name) => {
    expect(exportFileName('uae-korea-2022-10', view, format, whole)).toBe(name);
  });

  it('makes any visit id safe as a file name', () => {
    expect(fileSlug('visit:2024/../x')).toBe('visit-2024-..-x');
    expect(fileSlug('..')).toBe('ziyara');
    expect(fileSlug('.hidden')).toBe('hidden');
  });
});
