/**
 * Writes the spreadsheet template, public/ziyara-template.xlsx (committed; linked from the app):
 *
 *   npm run template            (runs `tsx scripts/template.ts [OUT.xlsx]`)
 *
 * Its example rows are a small part of the bundled Korea 2022 visit, as the sources give it: the
 * guest and host, the committee's meeting with Koh Jin, the committee's founding, one figure,
 * the people, organizations, places, topics and sources these cite, and the one leg of the
 * tour. Every reference to a record left out is dropped. The template is imported back before
 * it is written, so a template the importer would refuse is never written. Its zip entries carry
 * a fixed date, so writing it again gives the same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { unzipSync, zipSync } from 'fflate';
import { parseVisitText } from '../src/lib/model/parseVisit';
import { importFiles, visitWorkbook } from '../src/lib/sheet/workbook';
import { sheetProblemLine } from '../src/lib/sheet/words';

type Rec = Record<string, unknown>;

const KEEP: Record<string, string[]> = {
  organizations: ['ae-government', 'kr-president', 'kr-dpg-committee'],
  people: ['ohood-al-roumi', 'koh-jin'],
  meetings: ['meeting-koh-jin'],
  events: ['event-dpg-established'],
  figures: ['figure-dpg-members'],
  topics: ['digital-transformation', 'digital-platform-government'],
  places: ['kr', 'seoul'],
};

/** Keeps the chosen records and drops every reference to one that is not kept. */
function example(visit: Rec): Rec {
  const out: Rec = { ...visit };
  for (const [k, ids] of Object.entries(KEEP))
    out[k] = ((visit[k] as Rec[]) ?? []).filter((r) => ids.includes(r.id as string));
  const cited = new Set<string>();
  const keptIds = new Set(Object.values(KEEP).flat());
  const prune = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) {
      const list = v.map((x) => prune(x));
      if (key === 'sources') {
        list.forEach((s) => typeof s === 'string' && cited.add(s));
        return list;
      }
      return typeof v[0] === 'string' && key !== 'languages'
        ? list.filter((s) => keptIds.has(s as string))
        : list;
    }
    if (v && typeof v === 'object') {
      const o: Rec = {};
      for (const [k, x] of Object.entries(v as Rec)) {
        if (
          ['parent', 'organization', 'place'].includes(k) &&
          typeof x === 'string' &&
          !keptIds.has(x)
        )
          continue;
        o[k] = prune(x, k);
      }
      return o;
    }
    return v;
  };
  for (const k of Object.keys(KEEP)) out[k] = prune(out[k]);
  out.dates = prune(out.dates);
  out.itinerary = [{ id: 'leg-korea', country: 'KR', place: 'seoul', dates: prune(visit.dates) }];
  out.sources = ((visit.sources as Rec[]) ?? []).filter((s) => cited.has(s.id as string));
  return out;
}

async function main() {
  const outFile = process.argv[2] ?? 'public/ziyara-template.xlsx';
  const korea = parseVisitText(await readFile('data/visits/korea-2022.json', 'utf8'));
  if (!korea.ok) throw new Error('the bundled Korea 2022 visit does not pass the gate');
  // The same entries with a fixed date: the committed file changes only when its content does.
  const written = unzipSync(await visitWorkbook(example(korea.visit as unknown as Rec)));
  const bytes = zipSync(written, { mtime: new Date('2022-10-04T00:00:00Z') });
  const back = await importFiles([{ name: outFile, bytes }]);
  if (!back.ok) {
    for (const p of back.problems) console.error(sheetProblemLine(p, 'en', false));
    throw new Error('the template does not import');
  }
  await writeFile(outFile, bytes);
  console.error(`written: ${outFile} (${bytes.length} bytes)`);
}

main().catch((e: unknown) => {
  console.error(`template: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
