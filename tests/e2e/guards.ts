/**
 * What a hostile visit must never cause, checked from the browser: a dialog, a script error, a
 * request the app did not make, or any element or attribute in the document that came from the
 * data instead of from the app (issue 7).
 */
import type { Page } from '@playwright/test';

export interface Guard {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

/** Records dialogs (dismissed at once), console errors, page errors and every request. */
export function guard(page: Page): Guard {
  const g: Guard = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (d) => {
    g.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(e.message));
  page.on('request', (r) => g.requests.push(r.url()));
  return g;
}

/** Requests only a payload would make: `<img src=x>`, `//evil.example`, a `javascript:` URL. */
export const strayRequests = (g: Guard) =>
  g.requests.filter((u) => /\/x$|evil\.example|^javascript:|^vbscript:/i.test(u));

/**
 * Everything in the document that did not come from the app: elements the app never makes
 * (script other than its own bundle, img, iframe, style, …), event-handler attributes, names
 * carrying the payloads' `zq` marker, and `javascript:`/`data:` URLs. Empty when safe.
 */
export function scanDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const FOREIGN =
      /^(img|image|iframe|frame|frameset|object|embed|applet|video|audio|source|track|picture|foreignobject|animate|animatemotion|animatetransform|set|base|form|style|template|portal|math|marquee|meta)$/i;
    const URL_ATTRS =
      /^(href|xlink:href|src|srcset|action|formaction|data|poster|background|ping)$/i;
    const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
    for (const el of document.querySelectorAll('*')) {
      const tag = el.localName;
      if (/zq/i.test(tag)) found.push(`element from data: ${describe(el)}`);
      if (tag === 'script') {
        const src = el.getAttribute('src') ?? '';
        if (!/^(\.\/|\/)?assets\/[\w.-]+\.js$/.test(src) || el.textContent?.trim())
          found.push(`script not from the app: ${src || el.textContent?.slice(0, 60)}`);
      } else if (tag === 'meta' && el.parentElement !== document.head) {
        found.push(`meta outside the head`);
      } else if (tag === 'meta' && el.hasAttribute('http-equiv')) {
        found.push(`meta http-equiv ${el.getAttribute('http-equiv')}`);
      } else if (
        tag === 'link' &&
        !/^(stylesheet|icon|modulepreload)$/.test(el.getAttribute('rel') ?? '') &&
        // The prerendered page's own faces (scripts/prerender.ts), asked for early.
        !(
          el.getAttribute('rel') === 'preload' &&
          el.getAttribute('as') === 'font' &&
          /^\.\/assets\/[\w.-]+\.woff2$/.test(el.getAttribute('href') ?? '')
        )
      ) {
        found.push(`link rel=${el.getAttribute('rel')}`);
      } else if (tag !== 'meta' && FOREIGN.test(tag)) {
        found.push(`element the app never makes: ${describe(el)}`);
      }
      for (const a of el.attributes) {
        const value = a.value.replace(/[\p{Cc}\s]/gu, '').toLowerCase();
        if (/^on/i.test(a.name)) found.push(`handler attribute ${a.name} on ${describe(el)}`);
        if (/zq/i.test(a.name)) found.push(`attribute from data: ${a.name} on ${describe(el)}`);
        if (a.name === 'srcdoc') found.push(`srcdoc on ${describe(el)}`);
        if (URL_ATTRS.test(a.name) && /^(javascript|vbscript|data):/.test(value))
          found.push(`${a.name}="${a.value.slice(0, 40)}" on ${describe(el)}`);
        if (a.name === 'style' && /url\(|expression|zq|javascript:/i.test(a.value))
          found.push(`style="${a.value.slice(0, 40)}" on ${describe(el)}`);
      }
      if (el.shadowRoot) found.push(`shadow root on ${describe(el)}`);
    }
    // Links the data gives must be web pages, opened without handing over the page.
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^https?:/i.test(href) && a.getAttribute('target') === '_blank') {
        if (!/noopener/.test(a.getAttribute('rel') ?? '')) found.push(`no rel=noopener: ${href}`);
      }
    }
    return found;
  });
}

export interface BidiReport {
  /** Neighbour strings laid out backwards or scattered. */
  reordered: string[];
  /** Text carrying an override that nothing isolates. */
  unisolated: string[];
  /** How many neighbour occurrences were measured (so an empty report means something). */
  measured: number;
  /** How many override-carrying texts were checked. */
  checked: number;
}

/**
 * Bidi isolation on the page, two ways: where the characters of each `needles` string (a
 * left-to-right run shown near a hostile name) land on screen — an override that leaked lays
 * them out backwards; and the structure around every text that carries U+202E — an isolating
 * element, a paragraph of its own, or controls that leave nothing open after it.
 */
export function bidiReport(page: Page, needles: string[]): Promise<BidiReport> {
  return page.evaluate((needles) => {
    const report: BidiReport = { reordered: [], unisolated: [], measured: 0, checked: 0 };

    // 1. Where each character of a neighbour string lands: left to right, on one line.
    const inOrder = (xs: { x: number; y: number }[]) =>
      xs.every((p, i) => i === 0 || (p.x > xs[i - 1]!.x - 0.5 && Math.abs(p.y - xs[i - 1]!.y) < 2));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (const needle of needles) {
        const at = n.data.indexOf(needle);
        if (at < 0) continue;
        const parent = n.parentElement!;
        const xs: { x: number; y: number }[] = [];
        if (parent instanceof SVGTextContentElement) {
          const offset = (parent.textContent ?? '').indexOf(n.data);
          for (let i = 0; i < needle.length; i++) {
            if (needle[i] === ' ') continue;
            const box = parent.getExtentOfChar(offset + at + i);
            xs.push({ x: box.x + box.width / 2, y: box.y });
          }
        } else {
          const range = document.createRange();
          for (let i = 0; i < needle.length; i++) {
            if (needle[i] === ' ') continue;
            range.setStart(n, at + i);
            range.setEnd(n, at + i + 1);
            const r = range.getBoundingClientRect();
            xs.push({ x: r.left + r.width / 2, y: r.top });
          }
        }
        if (!xs.length || xs.some((p) => Number.isNaN(p.x))) continue;
        if (xs.every((p) => p.x === 0 && p.y === 0)) continue; // not rendered (hidden)
        report.measured++;
        if (!inOrder(xs)) report.reordered.push(`${needle} in <${parent.localName}>`);
      }
    }

    // 2. Every text carrying an override is isolated from what surrounds it.
    const balancedAfter = (text: string) => {
      const stack: string[] = [];
      for (const ch of text) {
        const c = ch.charCodeAt(0);
        if (c >= 0x2066 && c <= 0x2068) stack.push('i');
        else if (c === 0x2069) {
          const i = stack.lastIndexOf('i');
          if (i >= 0) stack.length = i;
        } else if ([0x202a, 0x202b, 0x202d, 0x202e].includes(c)) stack.push('e');
        else if (c === 0x202c && stack.at(-1) === 'e') stack.pop();
      }
      return stack.length === 0;
    };
    const isolating = (el: Element) =>
      /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi) || el.localName === 'bdi';
    const paragraphOf = (el: Element): Element => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e instanceof SVGTextElement || e.localName === 'title') return e;
        if (!(e instanceof SVGElement) && !/^(inline|contents)/.test(getComputedStyle(e).display))
          return e;
      }
      return document.body;
    };
    const walker2 = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker2.nextNode() as Text | null; n; n = walker2.nextNode() as Text | null) {
      if (!n.data.includes('\u202E') || !n.parentElement) continue;
      report.checked++;
      const paragraph = paragraphOf(n.parentElement);
      let ok = balancedAfter(n.data) || paragraph.textContent?.trim() === n.data.trim();
      // An isolating element inside the paragraph (the paragraph's own isolation, which HTML
      // gives every <p> and <div>, does not separate the text from its neighbours within it).
      for (
        let e: Element | null = n.parentElement;
        !ok && e && e !== paragraph;
        e = e.parentElement
      )
        if (isolating(e)) ok = true;
      if (!ok) report.unisolated.push(`<${n.parentElement.localName}> ${JSON.stringify(n.data)}`);
    }
    // Tooltips the browser draws from `title` attributes.
    for (const el of document.querySelectorAll('[title]')) {
      const t = el.getAttribute('title') ?? '';
      if (!t.includes('\u202E')) continue;
      report.checked++;
      if (!balancedAfter(t)) report.unisolated.push(`title="${t}" on <${el.localName}>`);
    }
    return report;
  }, needles);
}
