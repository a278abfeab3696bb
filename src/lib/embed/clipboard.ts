/**
 * Copying text for the "copy link" and "copy code" buttons. The async Clipboard API first; inside
 * a cross-origin iframe without `allow="clipboard-write"` it is refused, so fall back to the old
 * selection-based copy. Resolves to whether the text reached the clipboard.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    doc.body.append(area);
    area.select();
    try {
      // Deprecated but still the only fallback where the Clipboard API is blocked.
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
