// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  chartLevel,
  confidenceTag,
  languageList,
  levelName,
  meetingsLabel,
  otherLanguages,
  personName,
  personSearchTexts,
  pluralForm,
} from './orgWords';
import { FSI, PDI } from './locale';
import { confidenceWord } from './provenanceWords';

describe('pluralForm', () => {
  const counts = [...Array(240).keys(), 1000, 1001, 1002, 1003, 1011, 1100, 2 ** 53, 1.5, -1];
  it.each(['ar', 'en'] as const)('is the category Intl.PluralRules gives (%s)', (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const n of counts) expect(pluralForm(n, lang), `${n}`).toBe(rules.select(n));
  });

  it("words a count of the record's own meetings, whatever its side", () => {
    expect(meetingsLabel(2, 'ar')).toBe('اجتماعان');
    expect(meetingsLabel(11, 'ar', 'arab')).toBe('١١ اجتماعًا');
    expect(meetingsLabel(1, 'en')).toBe('1 meeting');
    expect(meetingsLabel(6, 'en')).toBe('6 meetings');
    expect(meetingsLabel(6, 'en')).not.toMatch(/delegation/);
  });
});

describe('personName', () => {
  const orgs = new Map([['mss', { name: { ar: 'وزارة المشاريع', en: 'Ministry of SMEs' } }]]);
  it('describes an unnamed person by organization, inventing no name', () => {
    const p = { organization: 'mss' };
    expect(personName(p, orgs, 'en')).toEqual({
      text: `An official, ${FSI}Ministry of SMEs${PDI} (name not reported)`,
      lang: 'en',
      reported: false,
    });
    expect(personName(p, orgs, 'ar').text).toBe(
      `مسؤول، ${FSI}وزارة المشاريع${PDI} (لم يُذكر الاسم)`,
    );
    expect(personName(p, orgs, 'en', true).text).toBe('An official (name not reported)');
    expect(personName({}, orgs, 'ar').text).toBe('مسؤول (لم يُذكر الاسم)');
  });
  it('gives a named person their name', () => {
    expect(personName({ name: { en: 'Lee Young' } }, orgs, 'ar')).toEqual({
      text: 'Lee Young',
      lang: 'en',
      reported: true,
    });
  });
  it('finds an unnamed person by the description and the title', () => {
    const texts = personSearchTexts({ organization: 'mss', title: { en: 'Director' } }, orgs);
    expect(texts.join(' ')).toMatch(/official/);
    expect(texts).toContain('Director');
  });
});

describe('levels, confidence and languages', () => {
  it('gives companies and international bodies a level of their own', () => {
    expect(chartLevel({ kind: 'company', level: 'affiliate' })).toBe('company');
    expect(chartLevel({ kind: 'international-body', level: 'national' })).toBe('international');
    expect(chartLevel({ kind: 'ministry', level: 'national' })).toBe('national');
    expect(levelName('company', 'ar')).toBe('شركة');
    expect(levelName('international', 'en')).toBe('International body');
  });
  it('tags a record that is not confirmed', () => {
    expect(confidenceTag('likely', 'en')).toBe('(likely)');
    expect(confidenceTag('likely', 'ar')).toBe('(مرجّح)');
    expect(confidenceTag('unknown', 'ar')).toBe('(غير مؤكد)');
    // Not "(unknown)": after a name that reads as if the person were unknown.
    expect(confidenceTag('unknown', 'en')).toBe('(unconfirmed)');
    expect(confidenceWord('unknown', 'en')).toBe('unconfirmed');
    expect(confidenceWord('unknown', 'ar')).toBe('غير مؤكد');
    expect(confidenceTag(undefined, 'en')).toBe('');
  });
  it("names the file's other languages in the reader's", () => {
    expect(otherLanguages(['ar', 'en', 'ko'], 'en')).toEqual(['ar', 'ko']);
    expect(otherLanguages(['ar', 'en'], 'en')).toEqual(['ar']);
    expect(languageList(['ar', 'ko'], 'en')).toBe('Arabic and Korean');
    expect(languageList(['ar', 'en', 'ko'], 'en', true)).toBe('Arabic, English, or Korean');
    expect(languageList(['en', 'ko'], 'ar')).toMatch(/الإنجليزية.*الكورية/);
  });
});
