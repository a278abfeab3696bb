// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { panPixels, timeKeyAction } from './timeKeys';

const press = (key: string, dir: 'rtl' | 'ltr', mods: Partial<KeyboardEvent> = {}) =>
  timeKeyAction(
    { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods },
    dir,
  );

describe('timeKeyAction', () => {
  it.each([
    ['rtl', 'ArrowLeft', 1],
    ['rtl', 'ArrowRight', -1],
    ['ltr', 'ArrowRight', 1],
    ['ltr', 'ArrowLeft', -1],
  ] as const)('in %s, %s moves %i in time', (dir, key, by) => {
    expect(press(key, dir)).toEqual({ type: 'move', by });
  });

  it('pans with Shift, towards later on the later side', () => {
    expect(press('ArrowLeft', 'rtl', { shiftKey: true })).toEqual({ type: 'pan', by: 0.2 });
    expect(press('ArrowLeft', 'ltr', { shiftKey: true })).toEqual({ type: 'pan', by: -0.2 });
  });

  it('zooms with + and −, jumps with Home and End, activates with Enter and Space', () => {
    expect(press('+', 'rtl')).toEqual({ type: 'zoom', factor: 2 });
    expect(press('-', 'ltr')).toEqual({ type: 'zoom', factor: 0.5 });
    expect(press('Home', 'rtl')).toEqual({ type: 'first' });
    expect(press('End', 'rtl')).toEqual({ type: 'last' });
    expect(press('Enter', 'rtl')).toEqual({ type: 'activate' });
    expect(press(' ', 'ltr')).toEqual({ type: 'activate' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(press('+', 'rtl', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', 'rtl', { altKey: true })).toBeNull();
    expect(press('a', 'rtl')).toBeNull();
  });
});

describe('panPixels', () => {
  it('moves the view toward later time on the reading side', () => {
    expect(panPixels(0.5, 800, 'ltr')).toBe(-400);
    expect(panPixels(0.5, 800, 'rtl')).toBe(400);
  });
});
