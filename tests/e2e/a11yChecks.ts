/**
 * Two accessibility checks axe-core cannot make here (issue 7): the contrast of SVG text (axe
 * reports every chart label as "needs review": it cannot tell what lies under SVG text), and
 * WCAG 2.5.8's target size with its spacing and inline exceptions, measured on what is shown.
 */
import type { Page } from '@playwright/test';

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * Every visible SVG `<text>` whose colour, after the opacity of it and its ancestors, falls
 * below WCAG AA against what it is drawn on: its own halo (a stroke painted under the fill),
 * else its card's background, else the page's.
 */
export function svgTextContrast(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type Rgb = [number, number, number, number];
    const parse = (c: string): Rgb | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1]!
        .split(/[,\s/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const lum = (c: Rgb) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const over = (fg: Rgb, bg: Rgb, alpha: number): Rgb => [
      fg[0] * alpha + bg[0] * (1 - alpha),
      fg[1] * alpha + bg[1] * (1 - alpha),
      fg[2] * alpha + bg[2] * (1 - alpha),
      1,
    ];
    const pageColour = (el: Element): Rgb => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: ContrastFailure[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const box = t.getBoundingClientRect();
      if (box.width === 0 || !t.textContent?.trim() || t.closest('[aria-hidden="true"]')) continue;
      const cs = getComputedStyle(t);
      const fill = parse(cs.fill);
      if (!fill) continue;
      let alpha = fill[3] * Number(cs.fillOpacity);
      for (let e: Element | null = t; e && e.localName !== 'svg'; e = e.parentElement)
        alpha *= Number(getComputedStyle(e).opacity);
      const stroke = parse(cs.stroke);
      const halo = stroke && cs.paintOrder.startsWith('stroke') && parseFloat(cs.strokeWidth) >= 2;
      const cardBg = t.closest('.card')?.querySelector('rect.bg');
      const bg =
        (halo ? stroke : cardBg ? parse(getComputedStyle(cardBg).fill) : null) ??
        pageColour(t.closest('svg')!);
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (Number(cs.fontWeight) >= 700 && size >= 18.66);
      const needed = large ? 3 : 4.5;
      const r = ratio(over(fill, bg, alpha), bg);
      if (r < needed)
        out.push({ text: (t.textContent ?? '').slice(0, 40), ratio: +r.toFixed(2), needed });
    }
    return out;
  });
}

export interface SmallTarget {
  target: string;
  w: number;
  h: number;
}

/**
 * Pointer targets under 24 × 24 px that no WCAG 2.5.8 exception covers: not inline in a
 * sentence, and close enough to another target that 24 px circles around them would meet.
 * A control inside its `<label>` is measured with the label (clicking either works).
 */
export function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const SELECTOR =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=treeitem], [role=radio], [role=checkbox], [role=tab], [role=menuitem], [role=menuitemradio], [role=option], [tabindex]:not([tabindex="-1"])';
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return null; // visually hidden (a file input, say)
      if (el.closest('details:not([open])') && !(el.localName === 'summary')) return null;
      if (getComputedStyle(el).visibility === 'hidden') return null;
      return r;
    };
    const targets: { el: Element; r: DOMRect; inline: boolean }[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll(SELECTOR)) {
      const label = el.closest('label');
      const target = label ?? el;
      if (seen.has(target)) continue;
      seen.add(target);
      const r = shown(target);
      if (!r) continue;
      // Covered by something else (a menu open over the chart): not a target there and then.
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      const top = cx >= 0 && cy >= 0 ? document.elementFromPoint(cx, cy) : null;
      if (top && !target.contains(top) && !top.contains(target) && !el.contains(top)) continue;
      // Inline: a link in running text, sized by the line it sits on.
      const parent = target.parentElement;
      const inline =
        target.localName === 'a' &&
        parent !== null &&
        (parent.textContent ?? '').trim().length > (target.textContent ?? '').trim().length;
      targets.push({ el: target, r, inline });
    }
    const small = (r: DOMRect) => r.width < 23.5 || r.height < 23.5;
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
    const distanceToRect = ([x, y]: readonly [number, number], r: DOMRect) =>
      Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const out: SmallTarget[] = [];
    for (const t of targets) {
      if (!small(t.r) || t.inline) continue;
      const c = centre(t.r);
      const crowded = targets.some((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        if (small(o.r)) {
          const [x, y] = centre(o.r);
          return Math.hypot(x - c[0], y - c[1]) < 24;
        }
        return distanceToRect(c, o.r) < 12;
      });
      if (crowded) {
        const name = (t.el.getAttribute('aria-label') ?? t.el.textContent ?? '').trim();
        out.push({
          target: `<${t.el.localName}> ${name.slice(0, 30)}`,
          w: Math.round(t.r.width),
          h: Math.round(t.r.height),
        });
      }
    }
    return out;
  });
}
