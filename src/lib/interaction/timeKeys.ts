/**
 * Keyboard map of the timeline, mirrored in right-to-left: there, later is to the left, so
 * ArrowLeft moves to the next item in time and ArrowRight to the previous one.
 */
import type { Dir } from '../i18n/locale';

export type TimeKeyAction =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'zoom'; factor: number }
  /** Pan the view; `by` is in screens along time (+ = later). */
  | { type: 'pan'; by: number }
  | { type: 'activate' };

/**
 * The screen pixels a pan of `by` screens along time moves the view's transform: later is to the
 * right in left-to-right, to the left in right-to-left.
 */
export const panPixels = (by: number, width: number, dir: Dir): number =>
  -by * width * (dir === 'rtl' ? -1 : 1);

/** The action for a key press, or null when the timeline leaves the key alone. */
export function timeKeyAction(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  dir: Dir,
): TimeKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (e.key) {
    case later:
      return e.shiftKey ? { type: 'pan', by: 0.2 } : { type: 'move', by: 1 };
    case earlier:
      return e.shiftKey ? { type: 'pan', by: -0.2 } : { type: 'move', by: -1 };
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'PageDown':
      return { type: 'pan', by: 0.8 };
    case 'PageUp':
      return { type: 'pan', by: -0.8 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
    case '−':
      return { type: 'zoom', factor: 0.5 };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    default:
      return null;
  }
}
