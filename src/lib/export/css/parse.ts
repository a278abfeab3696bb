/**
 * A small CSS reader for the Node style resolver (`../nodeStyle.ts`): style rules with their
 * selectors (specificity, a lookup key), declarations, `@media` judged for a light screen.
 */

export interface Decl {
  prop: string;
  value: string;
  important: boolean;
}
export interface Rule {
  selectors: { text: string; spec: number; key: string }[];
  decls: Decl[];
  order: number;
}

/** Inherited properties (the SVG presentation ones, text, colour). */
export function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits at `sep` outside parentheses, brackets and strings. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export function parseDecls(block: string): Decl[] {
  const out: Decl[] = [];
  for (const part of splitTop(block, ';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const prop = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (!prop || !value) continue;
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    out.push({ prop: prop.startsWith('--') ? prop : prop.toLowerCase(), value, important });
  }
  return out;
}

/** Specificity as one number: ids × 10⁶ + classes × 10³ + types. */
export function specificity(sel: string): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let s = sel;
  // Functional pseudo-classes: :where() counts nothing; :is/:not/:has count their most specific.
  s = s.replace(/:(where|is|not|has|matches)\(((?:[^()]|\([^()]*\))*)\)/g, (_m, name, args) => {
    if (name !== 'where') {
      const best = Math.max(0, ...splitTop(String(args), ',').map((x) => specificity(x)));
      a += Math.floor(best / 1e6);
      b += Math.floor((best % 1e6) / 1e3);
      c += best % 1e3;
    }
    return ' ';
  });
  s = s.replace(/\[[^\]]*\]/g, () => {
    b++;
    return ' ';
  });
  s = s.replace(/"[^"]*"|'[^']*'/g, ' ');
  for (const m of s.matchAll(
    /#[\w-]+|\.[\w-]+|::?[\w-]+(\([^)]*\))?|(?:^|[\s>+~(])([a-zA-Z][\w-]*|\*)/g,
  )) {
    const t = m[0].trim().replace(/^[>+~(]/, '');
    if (t.startsWith('#')) a++;
    else if (t.startsWith('::')) c++;
    else if (t.startsWith('.') || t.startsWith(':')) b++;
    else if (t && t !== '*') c++;
  }
  return a * 1e6 + b * 1e3 + c;
}

/**
 * What an element must have for `sel` to match it, from its last compound selector: a class
 * (`c:name`), else a tag (`t:name`), else `*`. Rules are looked up by these keys.
 */
export function keyOf(sel: string): string {
  const parts = sel
    .replace(/\([^()]*(\([^()]*\))*[^()]*\)/g, '()')
    .replace(/\[[^\]]*\]/g, '[]')
    .split(/[\s>+~]+/)
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const cls = /\.([\w-]+)/.exec(last);
  if (cls) return `c:${cls[1]}`;
  const tag = /^([a-zA-Z][\w-]*)/.exec(last);
  return tag ? `t:${tag[1]!.toLowerCase()}` : '*';
}

export interface MediaEnv {
  width: number;
}

export function mediaMatches(query: string, env: MediaEnv): boolean {
  return splitTop(query, ',').some((q) => {
    const t = q.trim().toLowerCase();
    if (/^not\b/.test(t)) return !mediaMatches(t.replace(/^not\s+/, ''), env);
    if (/\bprint\b/.test(t)) return false;
    for (const m of t.matchAll(/\(([^)]+)\)/g)) {
      const [k, v = ''] = m[1]!.split(':').map((x) => x.trim());
      const px = parseFloat(v) * (/(r?em)$/.test(v) ? 16 : 1);
      if (k === 'prefers-color-scheme' && v !== 'light') return false;
      if (k === 'prefers-reduced-motion' && v !== 'no-preference') return false;
      if (k === 'prefers-contrast' || k === 'forced-colors' || k === 'inverted-colors')
        if (v !== 'no-preference' && v !== 'none') return false;
      if (k === 'min-width' && !(env.width >= px)) return false;
      if (k === 'max-width' && !(env.width <= px)) return false;
      if (k === 'hover' && v !== 'hover') return false;
      if (k === 'pointer' && v !== 'fine') return false;
    }
    return true;
  });
}

/** Style rules of `css`, in order, with `@media` judged and `@supports`/`@layer` entered. */
export function parseRules(css: string, env: MediaEnv, start = 0): Rule[] {
  const rules: Rule[] = [];
  const src = stripComments(css);
  let i = 0;
  let order = start;
  const block = (from: number): [string, number] => {
    let depth = 1;
    let j = from;
    let quote = '';
    for (; j < src.length && depth > 0; j++) {
      const c = src[j]!;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    return [src.slice(from, j - 1), j];
  };
  while (i < src.length) {
    const open = src.indexOf('{', i);
    const semi = src.indexOf(';', i);
    if (open < 0) break;
    if (semi >= 0 && semi < open && src.slice(i, semi).trim().startsWith('@')) {
      i = semi + 1; // @import, @charset, @layer a, b;
      continue;
    }
    const prelude = src.slice(i, open).trim();
    const [body, next] = block(open + 1);
    i = next;
    if (prelude.startsWith('@')) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? '';
      const cond = prelude.slice(name.length + 1).trim();
      if (name === 'media' && !mediaMatches(cond, env)) continue;
      if (name === 'media' || name === 'supports' || name === 'layer' || name === 'scope') {
        const inner = parseRules(body, env, order);
        order += inner.length;
        rules.push(...inner);
      }
      continue; // @font-face, @keyframes, @container…
    }
    const selectors = splitTop(prelude, ',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, spec: specificity(text), key: keyOf(text) }));
    rules.push({ selectors, decls: parseDecls(body), order: order++ });
  }
  return rules;
}
