/**
 * The pointer, keyboard and focus handlers every timeline mark shares (meeting and event marks,
 * "+N" bubbles), spread onto the mark's `<g role="button">`: click, Enter or Space activate it;
 * hover and focus report it for the tooltip.
 */
export interface MarkHandlers {
  onactivate: (id: string, el: SVGGElement) => void;
  onhover: (id: string | null) => void;
  onfocusitem: (id: string | null) => void;
}

export function markEvents(id: string, h: MarkHandlers) {
  return {
    onclick: (e: MouseEvent & { currentTarget: SVGGElement }) => h.onactivate(id, e.currentTarget),
    onkeydown: (e: KeyboardEvent & { currentTarget: SVGGElement }) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        h.onactivate(id, e.currentTarget);
      }
    },
    onpointerenter: () => h.onhover(id),
    onpointerleave: () => h.onhover(null),
    onfocus: () => h.onfocusitem(id),
    onblur: () => h.onfocusitem(null),
  };
}
