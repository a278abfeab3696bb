/**
 * Test helper: a pointer event as the pan/zoom code reads it. jsdom may lack PointerEvent, so
 * it is a MouseEvent with the pointer fields, and with its window (as a real event has; jsdom's
 * constructor refuses Vitest's global one). Used by the pan/zoom tests only.
 */
export function fakePointer(
  type: string,
  x: number,
  y: number,
  o: Partial<PointerEventInit> = {},
): MouseEvent & { pointerId: number; pointerType: string } {
  const e = new MouseEvent(type, {
    clientX: x,
    clientY: y,
    bubbles: true,
    cancelable: true,
    button: 0,
    ...o,
  });
  Object.defineProperty(e, 'view', { value: window });
  return Object.assign(e, { pointerId: o.pointerId ?? 1, pointerType: o.pointerType ?? 'mouse' });
}
