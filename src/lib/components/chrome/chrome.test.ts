import { readFileSync } from 'node:fs';
import type { ComponentProps } from 'svelte';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../embed/params';
import type { ValidationError } from '../../model/parseVisit';
import { parseVisitText } from '../../model/parseVisit';
import { ViewState } from '../../state/view.svelte';
import EmbedDialog from './EmbedDialog.svelte';
import ErrorList from './ErrorList.svelte';
import Harness from './Harness.test.svelte';
import ThemeToggle from './ThemeToggle.svelte';
import ViewSwitch from './ViewSwitch.svelte';

const parsed = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!parsed.ok) throw new Error('bundled visit invalid');
const visit = parsed.visit;

/** Renders a chrome component inside the view (and index) contexts. */
const show = (props: ComponentProps<typeof Harness>) => render(Harness, { props });

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('ViewSwitch', () => {
  it('shows both views, one or the other, by radio buttons named in Arabic', async () => {
    const view = new ViewState();
    show({ view, component: ViewSwitch });
    expect(screen.getByRole('radio', { name: 'الاثنان' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'الهيكل التنظيمي' }));
    expect(view.view).toBe('orgchart');
  });
});

describe('ThemeToggle', () => {
  it('cycles auto → light → dark → auto and names the theme shown', async () => {
    const view = new ViewState({ lang: 'en' });
    show({ view, component: ThemeToggle });
    for (const [name, next] of [
      ['Theme: Auto', 'light'],
      ['Theme: Light', 'dark'],
      ['Theme: Dark', 'auto'],
    ] as const) {
      await userEvent.click(screen.getByRole('button', { name }));
      expect(view.theme).toBe(next);
    }
  });
});

describe('EmbedDialog', () => {
  it('writes the iframe code for the options chosen', async () => {
    const view = new ViewState({ lang: 'en' });
    const current = () => ({ ...DEFAULTS, lang: 'en' as const, view: 'timeline' as const });
    show({
      view,
      component: EmbedDialog,
      inner: { appUrl: 'https://example.org/ziyara/', current, title: visit.title },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog is a chunk of its own, loaded on the first click.
    const dialog = await screen.findByRole('dialog', { name: 'Embed this visit in another page' });
    const code = () =>
      (screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(dialog).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Timeline' })).toBeChecked();
    expect(code()).toContain(
      'src="https://example.org/ziyara/?lang=en&amp;view=timeline&amp;embed=1"',
    );
    expect(code()).toContain(`title="${visit.title.en} · Ziyara"`);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Transparent background' }));
    await userEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    expect(code()).toContain(
      'src="https://example.org/ziyara/?view=timeline&amp;embed=1&amp;transparent=1"',
    );
    expect(code()).toContain(`title="${visit.title.ar} · زيارة"`);
  });
});

describe('ErrorList', () => {
  const errors: ValidationError[] = [
    {
      path: 'v.json',
      kind: 'json',
      expected: 'expected the file to exist (HTTP 200)',
      found: 'HTTP 404',
      message: '',
    },
  ];
  it.each([
    ['not-found', 'ar', 'لم يُعثر على ملف الزيارة'],
    ['not-found', 'en', 'The visit file was not found'],
    ['too-large', 'en', 'The visit file is too large'],
    ['invalid', 'ar', 'تعذّر عرض ملف الزيارة'],
  ] as const)('words a %s problem in %s', (problem, lang, title) => {
    show({
      view: new ViewState({ lang }),
      component: ErrorList,
      inner: { errors, problem },
    });
    expect(screen.getByRole('alert')).toHaveAccessibleName(title);
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404');
  });

  it('gives the size limit in the too-large explanation', () => {
    show({
      view: new ViewState({ lang: 'en' }),
      component: ErrorList,
      inner: { errors, problem: 'too-large' },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('larger than 20 MB');
  });
});
