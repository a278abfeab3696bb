/**
 * What a citation of one source shows, in one place for the page's sources footer and the
 * details panel: publisher, title in its own language, the link's host and the publication day.
 */
import type { Source } from '../model/schema';
import type { Calendar } from './calendar';
import { formatDay } from './format';
import { pick, type Digits, type Lang } from './locale';

export interface Citation {
  id: string;
  primary: boolean;
  publisher: string;
  title: string;
  /** The language the title is written in (it may differ from the page's). */
  titleLang: string;
  /** The link, only for an absolute http(s) URL that parses. */
  href: string | null;
  /** The link's host, shown beside the title so a reader sees where it leads. */
  host: string | null;
  /**
   * The publication day in words, in the reader's calendar (a Hijri day with the Gregorian one
   * beside it), or null.
   */
  date: string | null;
}

/** Host of an http(s) URL without `www.`; null for anything that is not one. */
export function linkHost(url: string | undefined): { href: string; host: string } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  return { href: parsed.href, host: parsed.hostname.replace(/^www\./, '') };
}

export function citationOf(
  source: Source,
  lang: Lang,
  digits: Digits,
  calendar: Calendar = 'gregory',
): Citation {
  const title = pick(source.title, lang);
  const link = linkHost(source.url);
  const ms = source.published ? Date.parse(`${source.published}T00:00:00Z`) : NaN;
  return {
    id: source.id,
    primary: source.role === 'primary',
    publisher: pick(source.publisher, lang).text,
    title: title.text,
    titleLang: title.lang,
    href: link?.href ?? null,
    host: link?.host ?? null,
    date: Number.isFinite(ms) ? formatDay(ms, lang, digits, { calendar }) : null,
  };
}
