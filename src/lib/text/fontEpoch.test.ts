// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { watchFonts } from './fontEpoch.svelte';

/** A FontFaceSet stand-in: `ready` resolves when the test says so, `loadingdone` on demand. */
function fakeFonts() {
  const target = new EventTarget();
  let resolve!: () => void;
  const ready = new Promise<void>((r) => (resolve = r));
  const loads: string[] = [];
  const fonts = Object.assign(target, {
    ready,
    load: (font: string) => (loads.push(font), Promise.resolve([])),
  }) as unknown as FontFaceSet;
  const loaded = (...families: string[]) =>
    target.dispatchEvent(
      Object.assign(new Event('loadingdone'), {
        fontfaces: families.map((family) => ({ family })),
      }),
    );
  return { fonts, loads, loaded, ready: () => resolve() };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('watchFonts', () => {
  it('asks for the stack at both weights and moves once the fonts are ready', async () => {
    const f = fakeFonts();
    let bumps = 0;
    watchFonts(f.fonts, () => bumps++);
    expect(f.loads.map((l) => l.split(' ')[0])).toEqual(['400', '600']);
    f.loaded('IBM Plex Sans Arabic'); // covered by `ready`, which has not resolved yet
    await settle();
    expect(bumps).toBe(0);
    f.ready();
    await settle();
    expect(bumps).toBe(1);
  });

  it('moves again when a later face of the stack loads (Korean names), not for others', async () => {
    const f = fakeFonts();
    let bumps = 0;
    watchFonts(f.fonts, () => bumps++);
    f.ready();
    await settle();
    f.loaded('"IBM Plex Sans KR"');
    expect(bumps).toBe(2);
    f.loaded('Some Icon Font');
    expect(bumps).toBe(2);
  });

  it('stops listening when stopped', async () => {
    const f = fakeFonts();
    let bumps = 0;
    const stop = watchFonts(f.fonts, () => bumps++);
    stop();
    f.ready();
    await settle();
    f.loaded('IBM Plex Sans KR');
    expect(bumps).toBe(0);
  });

  it('does nothing where there is no FontFaceSet (Node, jsdom)', () => {
    expect(() => watchFonts(undefined, () => {})()).not.toThrow();
  });
});
