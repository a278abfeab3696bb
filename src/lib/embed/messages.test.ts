// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, parseHostCommand, resizeMessages } from './messages';

describe('parseHostCommand', () => {
  it.each([
    [
      { type: 'ziyara:select', selection: { type: 'meeting', id: 'meeting-lee-young' } },
      { type: 'ziyara:select', selection: { type: 'meeting', id: 'meeting-lee-young' } },
    ],
    [
      { type: 'ziyara:select', selection: null },
      { type: 'ziyara:select', selection: null },
    ],
    [
      { type: 'ziyara:setLanguage', lang: 'en' },
      { type: 'ziyara:setLanguage', lang: 'en' },
    ],
    [{ type: 'ziyara:hello' }, { type: 'ziyara:hello' }],
  ])('accepts %j', (data, command) => {
    expect(parseHostCommand(data)).toEqual(command);
  });

  const polluted = JSON.parse('{"type":"ziyara:setLanguage","lang":"en","__proto__":{"x":1}}');
  it.each([
    ['a string', 'ziyara:select'],
    ['null', null],
    ['a number', 42],
    ['an array', ['ziyara:select']],
    ['another type', { type: 'ziyara:resize', height: 10 }],
    ['a hello with extras', { type: 'ziyara:hello', height: 10 }],
    ['an unknown language', { type: 'ziyara:setLanguage', lang: 'fr' }],
    ['a language that is not a string', { type: 'ziyara:setLanguage', lang: ['en'] }],
    ['an extra key', { type: 'ziyara:setLanguage', lang: 'en', run: 'alert(1)' }],
    ['an own __proto__ key', polluted],
    ['a missing selection', { type: 'ziyara:select' }],
    ['an unknown item type', { type: 'ziyara:select', selection: { type: 'planet', id: 'x' } }],
    ['a numeric id', { type: 'ziyara:select', selection: { type: 'meeting', id: 42 } }],
    ['an empty id', { type: 'ziyara:select', selection: { type: 'meeting', id: '' } }],
    ['a huge id', { type: 'ziyara:select', selection: { type: 'meeting', id: 'x'.repeat(65) } }],
    [
      'a selection with extras',
      { type: 'ziyara:select', selection: { type: 'meeting', id: 'm', x: 1 } },
    ],
    [
      'a class instance',
      Object.assign(new (class Msg {})(), { type: 'ziyara:setLanguage', lang: 'en' }),
    ],
    [
      'a null-prototype object',
      Object.assign(Object.create(null), { type: 'ziyara:setLanguage', lang: 'en' }),
    ],
  ])('refuses %s', (_, data) => {
    expect(parseHostCommand(data)).toBeNull();
  });
});

describe('resizeMessages', () => {
  it('sends the height in the Ziyara, Datawrapper and AMP shapes, rounded up', () => {
    expect(resizeMessages(640.2, 'visit-1')).toEqual([
      { type: 'ziyara:resize', height: 641 },
      { 'datawrapper-height': { 'visit-1': 641 } },
      { sentinel: 'amp', type: 'embed-size', height: 641 },
    ]);
  });

  it('never sends a negative or absurd height', () => {
    expect(resizeMessages(-5, 'v')[0]).toEqual({ type: 'ziyara:resize', height: 0 });
    expect(resizeMessages(1e9, 'v')[0]).toEqual({ type: 'ziyara:resize', height: MAX_HEIGHT });
  });
});
