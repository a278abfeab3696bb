/**
 * Escaping for the standalone SVG: every string that reaches the file goes through here, so data
 * can never become markup, break the XML, or reorder the text around it.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates,
 * U+FFFE/U+FFFF), and those it discourages: DEL, the C1 controls (XML 1.1 would need them
 * escaped) and the noncharacters. They are dropped: a parser would reject the whole file
 * otherwise, and a viewer could show them as boxes or act on them.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const stripInvalidXml = (s: string): string => s.replace(INVALID_XML, '');

/**
 * What ends a line, a bidi paragraph (class B) or a bidi segment (class S), and FF. Inside a
 * one-line string (a title, a credit, PNG metadata) one of them would let what follows escape
 * the isolate around it, so each run of them becomes one space.
 */
// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\v\f\r\u001c-\u001f\u0085\u2028\u2029]+/g;

/** A string as one line of plain text: breaks become a space, every other control is dropped. */
export const oneLine = (s: string): string => stripInvalidXml(s.replace(BREAKS, ' '));

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
 * Balances the explicit bidi controls in `s`: a stray PDI or PDF is dropped, and the
 * embeddings, overrides and isolates left open are closed at the end, innermost first. Nothing
 * in the result can reorder text placed after it.
 */
export function balanceBidi(s: string): string {
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
  return out + open.reverse().join('');
}

/**
 * Wraps a data string in FSI…PDI so that nothing in it can reorder the text around it, with
 * its explicit bidi controls balanced (`balanceBidi`), so that a stray PDI cannot close our
 * isolate early. (Paragraph and segment breaks are `oneLine`'s business.)
 */
export const isolateData = (s: string): string => FSI + balanceBidi(s) + PDI;
