// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from './throttle';

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once and the latest of the rest when the interval ends', () => {
    const t = createThrottle<'a'>(250);
    const ran: number[] = [];
    for (let i = 1; i <= 5; i++) t.run('a', () => ran.push(i));
    expect(ran).toEqual([1]);
    vi.advanceTimersByTime(249);
    expect(ran).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([1, 5]);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([1, 5]); // nothing left: no repeats
    t.run('a', () => ran.push(6)); // quiet for an interval: at once again
    expect(ran).toEqual([1, 5, 6]);
    t.dispose();
  });

  it('20,000 requests spread over 10 s run at most once per interval', () => {
    const t = createThrottle<'a'>(250);
    let runs = 0;
    for (let i = 0; i < 20_000; i++) {
      t.run('a', () => runs++);
      vi.advanceTimersByTime(0.5); // 2 per ms, 10 s in all
    }
    vi.runOnlyPendingTimers();
    expect(runs).toBeLessThanOrEqual(10_000 / 250 + 2);
    expect(runs).toBeGreaterThan(1);
    t.dispose();
  });

  it('keeps kinds apart: one kind cooling down does not delay another', () => {
    const t = createThrottle<'a' | 'b'>(250);
    const ran: string[] = [];
    t.run('a', () => ran.push('a1'));
    t.run('a', () => ran.push('a2'));
    t.run('b', () => ran.push('b1'));
    expect(ran).toEqual(['a1', 'b1']);
    vi.advanceTimersByTime(250);
    expect(ran).toEqual(['a1', 'b1', 'a2']);
    t.dispose();
  });

  it('a job that throws does not stop later ones; dispose drops what is pending', () => {
    const t = createThrottle<'a'>(100);
    const ran: number[] = [];
    expect(() =>
      t.run('a', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    t.run('a', () => {
      throw new Error('late boom');
    });
    expect(() => vi.advanceTimersByTime(100)).toThrow('late boom');
    t.run('a', () => ran.push(1));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([1]);
    t.run('a', () => ran.push(2));
    t.dispose();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([1]);
  });
});
