import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  const values = [
    0,
    -0,
    1,
    7,
    12,
    999,
    1000,
    1234,
    12345,
    123456,
    1234567,
    1e15,
    2 ** 53,
    1e21,
    0.5,
    6.6,
    12.25,
    1234.5,
    1234567.89,
    1.005,
    2.675,
    0.125,
    1 / 3,
    -1,
    -1234.5,
    NaN,
    Infinity,
    -Infinity,
  ];
  it.each(['ar', 'en'] as const)('writes every number as Intl does (%s)', (lang) => {
    for (const digits of ['latn', 'arab'] as const) {
      const nf = new Intl.NumberFormat(`${lang}-u-nu-${digits}`, { maximumFractionDigits: 2 });
      for (const v of values) expect(formatNumber(v, lang, digits), `${v}`).toBe(nf.format(v));
    }
  });
});
