/**
 * One page carries its first view twice, laid out at two widths (only one is displayed): the
 * second copy's ids get a suffix, and so does every reference to them inside it (ARIA and
 * label relations, `#id` links, SVG `url(#id)` paints and clips), so that nothing in one copy
 * points into the other. Radio groups are renamed too: a group's name is document-wide, and the
 * second copy's checked option would uncheck the first's.
 */
const ID_LISTS = new Set([
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'headers',
  'list',
  'form',
  'popovertarget',
  'commandfor',
]);

export function suffixIds(root: Element, suffix: string): void {
  for (const el of root.querySelectorAll('input[type="radio"][name]'))
    el.setAttribute('name', el.getAttribute('name')! + suffix);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) {
    ids.add(el.id);
    el.id += suffix;
  }
  if (ids.size === 0) return;
  const ref = /(url\(\s*['"]?#|^#)([^'")\s]+)/g;
  for (const el of root.querySelectorAll('*'))
    for (const attr of [...el.attributes]) {
      const v = attr.value;
      const next = ID_LISTS.has(attr.name)
        ? v
            .split(/(\s+)/)
            .map((t) => (ids.has(t) ? t + suffix : t))
            .join('')
        : v.replace(ref, (m, pre: string, id: string) => (ids.has(id) ? pre + id + suffix : m));
      if (next !== v) attr.value = next;
    }
}
