/**
 * The text checks of `checkSemantics`: source URLs that parse as plain http(s) links, and text
 * free of control characters and bidi paragraph separators.
 */
import { formatPath, makeError, preview, type ValidationError } from './errors';
import type { Visit, VisitV1 } from './schema';

/**
 * What is wrong with a source's link, or null. The schema has checked that it starts with
 * "http://" or "https://"; here it must also parse as a URL (WHATWG, as the browser will read
 * it) with no user name or password, and hold no spaces or control characters, which the
 * browser would silently strip or encode, so that the link shown is the link followed.
 */
export function urlProblem(raw: string): string | null {
  if (/[\s\p{Cc}\p{Cf}]/u.test(raw)) {
    return 'expected a URL without spaces, control or invisible characters (write them %-encoded)';
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'expected a URL that parses, such as "https://example.org/article"';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'expected an http(s) URL';
  if (url.username !== '' || url.password !== '' || /^https?:\/\/[^/?#]*@/i.test(raw)) {
    return 'expected a URL without a user name or password';
  }
  return null;
}

/** Fields whose text is long (paragraphs): a line feed there is a paragraph break. */
const LONG_TEXT_FIELDS = new Set(['summary', 'note']);
/**
 * Refused in every text: control characters (Unicode general category Cc, which holds every
 * character of bidi class B and S but U+2029) and U+2028/U+2029. In short text (names, titles,
 * labels) that includes the line feed.
 *
 * Bidi classes B (paragraph separator) and S (segment separator), from DerivedBidiClass.txt:
 *   B: U+000A, U+000D, U+001C..U+001E, U+0085, U+2029
 *   S: U+0009, U+000B, U+001F
 * A B character ends every embedding, override and isolate (UAX #9, rule P1 and X8), so a name
 * holding one could let an override out of its <bdi> or FSI…PDI and reorder the app's own text
 * around it. Long text keeps U+000A, its paragraph break: renderers collapse it to a space or
 * put each paragraph in a block of its own.
 */
const SHORT_TEXT_BAD = /[\p{Cc}\u2028\u2029]/u;
const LONG_TEXT_BAD = /[^\P{Cc}\n]|[\u2028\u2029]/u; // Cc but U+000A, U+2028, U+2029

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

interface Step {
  value: unknown;
  key: string | number | null;
  up: Step | null;
}
const keysOf = (step: Step) => {
  const keys: (string | number)[] = [];
  for (let s: Step | null = step; s && s.key !== null; s = s.up) keys.push(s.key);
  return keys.reverse();
};

/** Walks every string of the visit (its depth is the schema's), iteratively. */
export function findControlChars(visit: Visit | VisitV1, push: (e: ValidationError) => void) {
  const stack: Step[] = [{ value: visit, key: null, up: null }];
  while (stack.length) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      const long = LONG_TEXT_FIELDS.has(String(step.up?.key));
      const bad = long ? LONG_TEXT_BAD : SHORT_TEXT_BAD;
      if (!bad.test(value)) continue;
      let position = 0;
      for (const ch of value) {
        position++;
        if (!bad.test(ch)) continue;
        push(
          makeError(
            formatPath(keysOf(step)),
            'control-char',
            long
              ? 'expected text without tabs, control characters or paragraph separators other than a line feed (U+000A)'
              : 'expected text on one line, without tabs, control characters or paragraph separators',
            `${codePoint(ch)} at character ${position} of ${preview(value)}`,
          ),
        );
        break;
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, up: step });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        // A source's link has its own check (urlProblem).
        if (k === 'url' && typeof step.key === 'number' && step.up?.key === 'sources') continue;
        stack.push({ value: (value as Record<string, unknown>)[k], key: k, up: step });
      }
    }
  }
}
