/**
 * Escaping for the standalone SVG: every string that reaches the file goes through here, so data
 * can never become markup, break the XML, or reorder the text around it.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates,
 * U+FFFE/U+FFFF). They are dropped: a parser would reject the whole file otherwise.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const stripInvalidXml = (s: string): string => s.replace(INVALID_XML, '');

const TEXT_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESC: Record<string, string> = {
  ...TEXT_ESC,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Character data: `&`, `<` and `>` (so `]]>` cannot appear either). */
export const escapeText = (s: string): string =>
  stripInvalidXml(s).replace(/[&<>]/g, (c) => TEXT_ESC[c]!);

/** An attribute value for `name="…"`; whitespace is escaped so it survives normalisation. */
export const escapeAttr = (s: string): string =>
  stripInvalidXml(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESC[c]!);

/** `name="value"` with the value escaped, preceded by a space. */
export const attr = (name: string, value: string | number): string =>
  ` ${name}="${escapeAttr(typeof value === 'number' ? fmt(value) : value)}"`;

/** A number for SVG output: at most two decimals, no `-0`, no exponent. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_INIT = new Set(['\u2066', '\u2067', '\u2068']);
const EMBED_INIT = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);

/**
 * Wraps a data string in FSI…PDI so that nothing in it can reorder the text around it, and
 * balances the explicit bidi controls inside: a stray PDI (which would close our isolate early)
 * is dropped, and open embeddings, overrides and isolates are closed before the final PDI.
 */
export function isolateData(s: string): string {
  let out = '';
  const open: string[] = [];
  for (const ch of s) {
    if (ISOLATE_INIT.has(ch)) open.push(PDI);
    else if (EMBED_INIT.has(ch)) open.push('\u202c');
    else if (ch === PDI) {
      // A PDI closes everything up to and including the innermost open isolate.
      const at = open.lastIndexOf(PDI);
      if (at < 0) continue;
      open.length = at;
    } else if (ch === '\u202c') {
      if (open[open.length - 1] !== '\u202c') continue;
      open.pop();
    }
    out += ch;
  }
  return FSI + out + open.reverse().join('') + PDI;
}
