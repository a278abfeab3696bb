import { afterEach, describe, expect, it } from 'vitest';
import { focusBack } from './focusBack';

const button = (id: string) => {
  const b = document.createElement('button');
  b.dataset.id = id;
  return b;
};

afterEach(() => document.body.replaceChildren());

describe('focusBack', () => {
  it('focuses the opener when it is still there', () => {
    const section = document.createElement('section');
    const opener = button('m1');
    section.append(opener);
    document.body.append(section);
    focusBack(opener, section, 'm1')();
    expect(document.activeElement).toBe(opener);
  });

  it('finds the item again by its id when the view drew it anew, and when it draws it later', async () => {
    const section = document.createElement('section');
    const opener = button('m1');
    section.append(opener);
    document.body.append(section);
    opener.remove(); // the chart redrew while the panel was open
    const redrawn = button('m1');
    section.append(redrawn);
    const stop = focusBack(opener, section, 'm1');
    expect(document.activeElement).toBe(redrawn);
    // The page widens again and the chart replaces the element once more.
    redrawn.remove();
    const again = button('m1');
    section.append(again);
    await new Promise((r) => setTimeout(r, 0)); // mutation records are delivered as a microtask
    expect(document.activeElement).toBe(again);
    stop();
  });

  it('looks only inside the opener’s section, and gives up once the reader acts', async () => {
    const a = document.createElement('section');
    const b = document.createElement('section');
    const other = button('m1'); // the same id in another view
    b.append(other);
    document.body.append(a, b);
    const opener = button('m1');
    focusBack(opener, a, 'm1'); // not connected, nothing drawn in its section yet
    expect(document.activeElement).toBe(document.body);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    a.append(button('m1'));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(document.body);
  });

  it('moves the focus from where the reader closed the panel once the item is drawn again', async () => {
    const section = document.createElement('section');
    const exportButton = document.createElement('button'); // outside the panel
    document.body.append(section, exportButton);
    exportButton.focus();
    const opener = button('m1'); // drawn away while the panel was open
    focusBack(opener, section, 'm1');
    expect(document.activeElement).toBe(exportButton);
    const redrawn = button('m1');
    section.append(redrawn);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(redrawn);
  });
});
