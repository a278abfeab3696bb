// @vitest-environment node
/**
 * The committed template (public/ziyara-template.xlsx, `npm run template`): it imports as it is,
 * its headers are in both languages, and its closed vocabularies are drop-down lists.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsx';
import { importFiles } from './workbook';

const bytes = new Uint8Array(readFileSync('public/ziyara-template.xlsx'));

describe('the spreadsheet template', () => {
  it('imports as it is: its example rows are a valid visit', async () => {
    const r = await importFiles([{ name: 'ziyara-template.xlsx', bytes }]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.visit.meetings).toHaveLength(1);
      expect(r.visit.itinerary).toHaveLength(1);
    }
  });

  it('has a Read me, then every sheet, with bilingual headers and an example row', async () => {
    const tables = await readXlsx(bytes);
    expect(tables.map((t) => t.name)).toEqual([
      'Read me · اقرأني',
      'Visit · الزيارة',
      'Countries · الدول',
      'Legs · المحطات',
      'Places · الأماكن',
      'Sources · المصادر',
      'Topics · الموضوعات',
      'Organizations · الجهات',
      'People · الأشخاص',
      'Engagements · اللقاءات',
      'Events · الأحداث',
      'Figures · الأرقام',
      'Confidence · درجة التأكد',
    ]);
    const people = tables.find((t) => t.name.startsWith('People'))!;
    expect(people.rows[0]).toEqual(
      expect.arrayContaining(['Organization / الجهة', 'Name (ar) / الاسم (ar)']),
    );
    for (const t of tables.slice(1)) expect(t.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('offers drop-down lists for sides, levels, kinds, roles, precision and confidence', () => {
    const files = unzipSync(bytes);
    const lists = Object.entries(files)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .flatMap(([, xml]) =>
        [...strFromU8(xml).matchAll(/<formula1>"([^"]*)"<\/formula1>/g)].map((m) => m[1]),
      );
    for (const want of [
      'guest,host,other',
      'head-of-state,national,local,affiliate,international',
      'head-of-delegation,delegation-member,ambassador,counterpart,official',
      'time,day,between,month,year,unknown',
      'confirmed,likely,unknown',
      'meeting,talk,site-visit,signing,meal,press,ceremony,other',
    ])
      expect(lists).toContain(want);
  });
});
