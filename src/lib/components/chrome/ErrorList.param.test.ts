/**
 * "Not found" names the parameter the link used: a `visit=` that names no bundled visit is not a
 * `data=` file the server lacks (both languages).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewState } from '../../state/view.svelte';
import { loadBundled } from '../../visits/bundled';
import ErrorList from './ErrorList.svelte';
import Harness from './Harness.test.svelte';
import type { ValidationError } from '../../model/parseVisit';

afterEach(cleanup);

const plain = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
const show = (errors: ValidationError[], lang: 'ar' | 'en') =>
  render(Harness, {
    props: {
      view: new ViewState({ lang }),
      component: ErrorList,
      inner: { errors, problem: 'not-found' },
    },
  });

const fileMissing: ValidationError[] = [
  {
    path: 'v.json',
    kind: 'json',
    expected: 'expected the file to exist (HTTP 200)',
    found: 'HTTP 404',
    message: '',
  },
];

describe('ErrorList: the parameter a "not found" names', () => {
  it.each([
    [
      'en',
      'The visit asked for in visit= does not exist',
      'No bundled visit has the id given in visit=',
    ],
    ['ar', 'لا توجد الزيارة المطلوبة في visit=', 'المكتوب في المعامل visit='],
  ] as const)(
    'a visit= naming no bundled visit, in %s: visit=, never data=',
    async (lang, title, intro) => {
      const result = await loadBundled('<img src=x onerror=alert(1)>');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toBe('not-found');
      show(result.errors, lang);
      const alert = screen.getByRole('alert');
      expect(plain(alert.querySelector('h1')!.textContent)).toBe(title);
      expect(plain(alert.textContent)).toContain(intro);
      expect(alert.textContent).not.toContain('data=');
      // The value is quoted as text: no element came from it.
      expect(alert.textContent).toContain('<img src=x onerror=alert(1)>');
      expect(alert.querySelector('img')).toBeNull();
    },
  );

  it.each([
    ['en', 'The visit file was not found', 'Check the address given in data='],
    ['ar', 'لم يُعثر على ملف الزيارة', 'تحقّق من الرابط في المعامل data='],
  ] as const)('a data= file the server lacks, in %s: data=', (lang, title, intro) => {
    show(fileMissing, lang);
    const alert = screen.getByRole('alert');
    expect(plain(alert.querySelector('h1')!.textContent)).toBe(title);
    expect(plain(alert.textContent)).toContain(intro);
    expect(alert.textContent).not.toContain('visit=');
  });
});
