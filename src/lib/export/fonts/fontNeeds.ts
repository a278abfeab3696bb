/**
 * What an export will draw, per CSS font-weight, so that `FontKit.prepare` can load the faces
 * it needs before the (synchronous) serializer shapes and subsets. Only texts that may need a
 * face beyond IBM Plex Sans Arabic are read closely (with their computed weights): the rest of a
 * large chart costs one regular-expression test per `<text>`.
 */
import type { SerializeOptions } from '../types';

/** Characters beyond Arabic, Latin and common punctuation: ones IBM Plex Sans Arabic may lack. */
const beyondArabic = (text: string) =>
  /[\u0700-\u1fff\u2070-\ufb4f\ufe10-\ufe6f\uff00-\uffff\u{10000}-\u{10ffff}]/u.test(text);

/** Band texts: the title is set at 600, the rest at 400 (see bands.ts). */
const TITLE_WEIGHT = 600;
const BAND_WEIGHT = 400;

export function textsByWeight(
  roots: readonly Element[],
  options: Pick<SerializeOptions, 'title' | 'subtitle' | 'credit' | 'exportDate' | 'legend'>,
): Map<number, string> {
  const out = new Map<number, string>();
  const add = (weight: number, text: string) => {
    if (beyondArabic(text)) out.set(weight, `${out.get(weight) ?? ''}${text}`);
  };
  add(TITLE_WEIGHT, options.title);
  add(
    BAND_WEIGHT,
    [options.subtitle ?? '', options.credit, options.exportDate]
      .concat((options.legend ?? []).map((i) => i.label))
      .join(' '),
  );
  for (const root of roots)
    for (const text of root.querySelectorAll('text')) {
      if (!beyondArabic(text.textContent ?? '')) continue;
      const walker = text.ownerDocument.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent) continue;
        add(parseFloat(getComputedStyle(parent).fontWeight) || 400, n.nodeValue ?? '');
      }
    }
  return out;
}
