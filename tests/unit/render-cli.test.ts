// @vitest-environment node
/**
 * `npm run render` (scripts/render.mjs → scripts/render.ts, issue 16): the headless export, as a
 * pipeline runs it.
 * Usage and data mistakes are named with what was expected and found; the files are real SVG
 * (outlined: no `<text>`, every label a shape with its words as `aria-label`; editable: the
 * words as text with the fonts embedded) and PNG (with its title). That these files match the
 * browser's is tests/e2e/renderCli.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// A bundle of its own: another test or a person may be rendering with the default one.
const CACHE = join(ROOT, 'node_modules/.cache/ziyara-render-unit');
const TIMEOUT = 600_000; // a hang, not a slow machine (the first run builds the bundle)
const out = mkdtempSync(join(tmpdir(), 'ziyara-render-'));

function render(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/render.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, ZIYARA_RENDER_CACHE: CACHE },
    maxBuffer: 1 << 28,
  });
  return { status: run.status, stderr: run.stderr.toString(), stdout: run.stdout };
}

const korea = JSON.parse(readFileSync(join(ROOT, 'data/visits/korea-2022.json'), 'utf8')) as {
  title: { ar: string; en: string };
  organizations: { side: string; name: { ar: string; en: string } }[];
};

describe('npm run render', () => {
  beforeAll(() => {
    // Builds the bundle once, before the tests that time nothing but wait for files.
    const r = render(
      '--visit',
      'korea-2022',
      '--view',
      'orgchart',
      '--format',
      'svg-outline',
      '--lang',
      'en',
      '--whole',
      '-o',
      join(out, 'warm.svg'),
    );
    expect(r.status, r.stderr).toBe(0);
  }, TIMEOUT);

  it(
    'names a usage mistake, what it expected and what it found, with exit status 2',
    () => {
      const r = render(
        '--visit',
        'korea-2022',
        '--view',
        'pie',
        '--format',
        'png',
        '--lang',
        'ar',
        '-o',
        'x.png',
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--view: expected orgchart or timeline, found "pie"');
      expect(r.stderr).toContain('usage: npm run render');
      const none = render('--view', 'orgchart', '--format', 'png', '--lang', 'ar', '-o', 'x.png');
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('give a visit file or --visit ID');
      const unknown = render(
        '--visit',
        'mars-2099',
        '--view',
        'orgchart',
        '--format',
        'png',
        '--lang',
        'ar',
        '-o',
        'x.png',
      );
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain(
        'no bundled visit "mars-2099" (there are korea-2022, uae-2023)',
      );
    },
    TIMEOUT,
  );

  it(
    'refuses an invalid visit with exit status 1, pointing at npm run validate',
    () => {
      const bad = join(out, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...korea, meetings: 'none' }));
      const r = render(
        bad,
        '--view',
        'orgchart',
        '--format',
        'svg-text',
        '--lang',
        'en',
        '-o',
        join(out, 'bad.svg'),
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/not valid .*npm run validate/);
    },
    TIMEOUT,
  );

  it(
    'writes the whole org chart as SVG with its text as outlines',
    () => {
      const file = join(out, 'org.svg');
      const r = render(
        '--visit',
        'korea-2022',
        '--view',
        'orgchart',
        '--format',
        'svg-outline',
        '--lang',
        'en',
        '--whole',
        '-o',
        file,
      );
      expect(r.status, r.stderr).toBe(0);
      const xml = readFileSync(file, 'utf8');
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      expect(xml).not.toMatch(/<text[\s>]/);
      expect(xml).toMatch(/<path id="zg/);
      // Every host organization's name is drawn (the tree is the host side), as a shape named by
      // its words.
      const words = xml
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/[\u2066-\u2069]/g, '');
      expect(words).toContain(`<title>${korea.title.en}</title>`);
      const hosts = korea.organizations.filter((o) => o.side === 'host');
      expect(hosts.length).toBeGreaterThan(5);
      for (const o of hosts) expect(words).toContain(o.name.en);
      expect(xml).toContain('lang="en"');
    },
    TIMEOUT,
  );

  it(
    'writes the Arabic timeline as editable SVG text with its fonts embedded, to standard output',
    () => {
      const r = render(
        '--visit',
        'korea-2022',
        '--view',
        'timeline',
        '--format',
        'svg-text',
        '--lang',
        'ar',
        '--whole',
        '-o',
        '-',
      );
      expect(r.status, r.stderr).toBe(0);
      const xml = r.stdout.toString('utf8');
      expect(xml).toContain('direction="rtl"');
      expect(xml).toMatch(/<text[^>]*>[^<]*[\u0600-\u06ff]/);
      expect(xml).toMatch(
        /@font-face\{[^}]*font-family:"IBM Plex Sans Arabic"[^}]*url\(data:font\/woff;base64,/,
      );
    },
    TIMEOUT,
  );

  it(
    'writes several files in one run, each the file a run of its own writes',
    () => {
      const [a, b] = [join(out, 'batch-org.svg'), join(out, 'batch-timeline.svg')];
      const r = render(
        '--visit',
        'korea-2022',
        '--view',
        'orgchart',
        '--format',
        'svg-outline',
        '--lang',
        'en',
        '--whole',
        '-o',
        a,
        '+',
        '--visit',
        'uae-2023',
        '--view',
        'timeline',
        '--format',
        'svg-text',
        '--lang',
        'ar',
        '--width',
        '700',
        '-o',
        b,
      );
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(a)).toEqual(readFileSync(join(out, 'warm.svg')));
      const single = join(out, 'single-timeline.svg');
      const s = render(
        '--visit',
        'uae-2023',
        '--view',
        'timeline',
        '--format',
        'svg-text',
        '--lang',
        'ar',
        '--width',
        '700',
        '-o',
        single,
      );
      expect(s.status, s.stderr).toBe(0);
      expect(readFileSync(b)).toEqual(readFileSync(single));
      const trailing = render('--visit', 'korea-2022', '--view', 'orgchart', '--format', 'png');
      expect(trailing.status).toBe(2);
      const empty = render(
        '--visit',
        'korea-2022',
        '--view',
        'orgchart',
        '--format',
        'png',
        '--lang',
        'ar',
        '-o',
        'x.png',
        '+',
      );
      expect(empty.status).toBe(2);
      expect(empty.stderr).toContain('nothing after the "+" of file 1');
    },
    TIMEOUT,
  );

  it(
    "writes a PNG at twice the SVG's size with the title in its text chunks",
    () => {
      const file = join(out, 'org.png');
      const r = render(
        '--visit',
        'korea-2022',
        '--view',
        'orgchart',
        '--format',
        'png',
        '--lang',
        'en',
        '--whole',
        '-o',
        file,
      );
      expect(r.status, r.stderr).toBe(0);
      const png = readFileSync(file);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const svg = readFileSync(join(out, 'warm.svg'), 'utf8');
      const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
      expect(png.readUInt32BE(16)).toBe(Math.ceil(width * 2));
      expect(png.includes(Buffer.from('Title'))).toBe(true);
      expect(png.includes(Buffer.from(korea.title.en))).toBe(true);
    },
    TIMEOUT,
  );
});
