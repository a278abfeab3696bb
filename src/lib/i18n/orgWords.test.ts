import { describe, expect, it } from 'vitest';
import { meetingsLabel, pluralForm } from './orgWords';

describe('pluralForm', () => {
  const counts = [...Array(240).keys(), 1000, 1001, 1002, 1003, 1011, 1100, 2 ** 53, 1.5, -1];
  it.each(['ar', 'en'] as const)('is the category Intl.PluralRules gives (%s)', (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const n of counts) expect(pluralForm(n, lang), `${n}`).toBe(rules.select(n));
  });

  it('words a count of meetings with it', () => {
    expect(meetingsLabel(2, 'ar')).toBe('اجتماعان مع الوفد');
    expect(meetingsLabel(11, 'ar', 'arab')).toBe('١١ اجتماعًا مع الوفد');
    expect(meetingsLabel(1, 'en')).toBe('1 meeting with the delegation');
  });
});
