import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { makeError, parseVisitText, type ValidationError } from '../../model/parseVisit';
import { locateErrors } from '../../model/positions';
import { ViewState } from '../../state/view.svelte';
import ErrorList from './ErrorList.svelte';
import Harness from './Harness.test.svelte';

afterEach(cleanup);

const text = readFileSync('tests/fixtures/messages/four-mistakes.json', 'utf8');
const parsed = parseVisitText(text);
const four = parsed.ok ? [] : locateErrors(text, parsed.errors);

const show = (errors: ValidationError[], lang: 'ar' | 'en') =>
  render(Harness, {
    props: { view: new ViewState({ lang }), component: ErrorList, inner: { errors } },
  });
/** Text as read, without the isolating controls around values. */
const plain = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');

describe('ErrorList (issue 18)', () => {
  it.each(['ar', 'en'] as const)(
    'shows the four mistakes in %s with excerpts and hints',
    (lang) => {
      show(four, lang);
      const items = within(screen.getByRole('alert')).getAllByRole('listitem');
      expect(items).toHaveLength(4);
      const marks = items.map((li) => li.querySelector('pre mark')?.textContent);
      expect(marks).toEqual(['""', '"titel"', '"host-ministr"', '"2022-05-32"']);
      expect(plain(items[1]!.textContent)).toContain(
        lang === 'en' ? 'Did you mean "title"?' : 'هل تقصد "title"؟',
      );
      expect(plain(items[3]!.textContent)).toContain(
        lang === 'en' ? 'line 89, column 46' : 'السطر 89، العمود 46',
      );
      for (const li of items) {
        expect(within(li).getByRole('link').getAttribute('href')).toMatch(
          /^docs\/data-format\.md#[a-z-]+$/,
        );
      }
    },
  );

  it('lists 20 problems and counts the rest', () => {
    const many = Array.from({ length: 33 }, (_, i) =>
      makeError(`meetings[${i}].id`, 'format', 'expected an id (string)', String(i)),
    );
    show(many, 'en');
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent('and 13 more');
    expect(alert).toHaveTextContent('Problems found: 33');
    cleanup();
    show(many, 'ar');
    expect(screen.getByRole('alert')).toHaveTextContent('ومشكلات أخرى عددها 13');
  });

  it('shows a value from the file as text, never markup', () => {
    const e = makeError('title.ar', 'value', 'expected a non-empty string', '"<img src=x>"');
    const { container } = show([e], 'ar');
    expect(container.querySelector('img')).toBeNull();
    expect(plain(screen.getByRole('alert').textContent)).toContain('"<img src=x>"');
  });
});
