// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { orgItemId, parseItemId, personItemId } from './itemIds';

describe('tree item ids', () => {
  it('keep an organization and a person of the same id apart, and read back', () => {
    expect(orgItemId('x')).not.toBe(personItemId('x'));
    expect(parseItemId(orgItemId('a:b'))).toEqual({ kind: 'organization', id: 'a:b' });
    expect(parseItemId(personItemId('p:1'))).toEqual({ kind: 'person', id: 'p:1' });
    expect(parseItemId('x:1')).toBeNull();
  });
});
