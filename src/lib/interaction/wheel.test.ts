import { describe, expect, it, vi } from 'vitest';
import { parseEmbedParams } from '../embed/params';
import { ViewState } from '../state/view.svelte';
import { PanZoom } from './panZoom';
import { TimeZoom } from './timeZoom';
import { wheelExponent, wheelPolicy, wheelShouldZoom } from './wheel';

/** A page of its own (not in a frame). */
const own = (() => {
  const w = {};
  return { self: w, top: w };
})();

/** The policy the app gives both views for an address: parsed once, read from the view state. */
function policyFor(search: string, win: Parameters<typeof wheelPolicy>[1] = own) {
  const view = new ViewState({ embed: parseEmbedParams(new URLSearchParams(search)).flags });
  return wheelPolicy(view.embed.embed, win);
}

/** Whether a plain wheel over each view zooms it (true) or is left to the page (false). */
function plainWheelZooms(search: string) {
  const policy = policyFor(search);
  const svg = () => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(el);
    return el;
  };
  const wheel = (el: SVGSVGElement) => {
    const e = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  };
  const org = svg();
  const pz = new PanZoom({ policy, onTransform: () => {} });
  const stopOrg = pz.attach(org);
  const line = svg();
  const tz = new TimeZoom({
    width: 1000,
    height: 300,
    scaleExtent: [1, 100],
    policy,
    onZoom: () => {},
  });
  const stopLine = tz.attach(line);
  try {
    const zoomed = { orgchart: wheel(org), timeline: wheel(line) };
    return {
      ...zoomed,
      moved: { orgchart: pz.transform.k !== 1, timeline: tz.transform.k !== 1 },
    };
  } finally {
    stopOrg();
    stopLine();
  }
}

describe('wheel policy from the parsed embed flag', () => {
  // `?embed=yes` and a bare `?embed=` turn on the embed UI (params.ts); the wheel used to read
  // the URL on its own, accept only 1/true, and so capture the host page's scroll.
  it.each(['?embed=yes', '?embed=', '?embed', '?embed=1', '?embed=true', '?embed=YES'])(
    '%s: a plain wheel scrolls the page over both views, ctrl or ⌘ + wheel zooms',
    (search) => {
      vi.useFakeTimers();
      try {
        expect(plainWheelZooms(search)).toEqual({
          orgchart: false,
          timeline: false,
          moved: { orgchart: false, timeline: false },
        });
        const policy = policyFor(search);
        expect(wheelShouldZoom({ ctrlKey: true, metaKey: false }, policy)).toBe(true);
        expect(wheelShouldZoom({ ctrlKey: false, metaKey: true }, policy)).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    },
  );

  it.each(['', '?embed=0', '?embed=no', '?lang=en'])('%s: a plain wheel zooms both views', (s) => {
    vi.useFakeTimers();
    try {
      expect(plainWheelZooms(s)).toEqual({
        orgchart: true,
        timeline: true,
        moved: { orgchart: true, timeline: true },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('requires the modifier inside a frame even without the flag, also cross-origin', () => {
    const framed = { self: {}, top: {} };
    expect(policyFor('', framed).requireModifier).toBe(true);
    const crossOrigin = {
      self: {},
      get top(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(policyFor('', crossOrigin).requireModifier).toBe(true);
  });
});

describe('wheel math', () => {
  const exp = (deltaY: number, deltaMode = 0, ctrlKey = false) =>
    wheelExponent({ deltaY, deltaMode, ctrlKey });

  it('zooms the same for a mouse notch in pixels, lines or pages', () => {
    expect(exp(-100)).toBeCloseTo(0.2);
    expect(exp(-4, 1)).toBeCloseTo(0.2); // 4 lines
    expect(exp(-0.2, 2)).toBeCloseTo(0.2); // a fifth of a page
    expect(exp(100)).toBeCloseTo(-0.2);
  });

  it('speeds up a trackpad pinch ten times, but not ctrl + a mouse notch', () => {
    expect(exp(-10, 0, true)).toBeCloseTo(0.2);
    expect(exp(-100, 0, true)).toBeCloseTo(0.2);
    expect(exp(-3, 1, true)).toBeCloseTo(0.15); // three lines: a mouse in Firefox
  });
});
