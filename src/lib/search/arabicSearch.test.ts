// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSearchIndex, normalizeForSearch } from './arabicSearch';

describe('normalizeForSearch', () => {
  it.each([
    ['hamza on alef above', 'أحمد', 'احمد'],
    ['hamza on alef below', 'إبراهيم', 'ابراهيم'],
    ['alef madda', 'آل نهيان', 'ال نهيان'],
    ['lone hamza', 'ءاية', 'ااية'],
    ['hamza on waw', 'مؤتمر', 'موتمر'],
    ['hamza on ya', 'رئيس', 'رييس'],
    ['ta marbuta', 'حكومة', 'حكومه'],
    ['a hamza seat written as an extra letter', 'سيئول', 'سيول'],
    ['hamza on waw as an extra letter', 'سيؤول', 'سيول'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['diacritics', 'مُحَمَّد', 'محمد'],
    ['tatweel', 'الـــرومي', 'الرومي'],
    ['Latin case and hyphen', 'Bang Moon-kyu', 'bangmoonkyu'],
    ['Latin accents', 'Séoul', 'seoul'],
    ['Arabic-Indic digits', '٢٠٢٢', '2022'],
    ['bidi isolates', '\u2068Koh Jin\u2069', 'kohjin'],
  ])('folds %s', (_name, a, b) => {
    expect(normalizeForSearch(a)).toBe(normalizeForSearch(b));
  });

  it('keeps letters that do distinguish names', () => {
    expect(normalizeForSearch('سعيد')).not.toBe(normalizeForSearch('سعد'));
    expect(normalizeForSearch('Lee')).not.toBe(normalizeForSearch('Li'));
  });
});

describe('createSearchIndex', () => {
  const index = createSearchIndex([
    { id: 'roumi', texts: ['عُهود بنت خلفان الرّومي', 'Ohood bint Khalfan Al Roumi'] },
    { id: 'koh', texts: ['كو جين', 'Koh Jin', '고진'] },
    { id: 'bang', texts: ['بانغ مون كيو', 'Bang Moon-kyu', '방문규'] },
    { id: 'seoul', texts: ['حكومة سيول الحضرية', 'Seoul Metropolitan Government', '서울특별시'] },
  ]);

  it.each([
    ['Arabic without diacritics', 'الرومي', ['roumi']],
    ['Arabic with ha for ta marbuta', 'حكومه سيول', ['seoul']],
    ['English, any case, no hyphen', 'moon kyu', ['bang']],
    ['English with a hyphen', 'MOON-KYU', ['bang']],
    ['Hangul', '고진', ['koh']],
    ['a Hangul syllable being typed', '서우', ['seoul']],
    ['nothing', 'Busan', []],
    ['an empty query', '   ', []],
  ])('finds %s', (_name, q, ids) => {
    expect(index.search(q)).toEqual(ids);
  });

  it('returns matches in entry order', () => {
    expect(index.search('o')).toEqual(['roumi', 'koh', 'bang', 'seoul']);
  });
});
