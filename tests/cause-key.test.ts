// A grouped rule finds each verdict's group by causeKeyText; the key must be causeKeyOf's own.
import { describe, expect, it } from 'vitest';
import { causeKeyOf, causeKeyText } from '../src/rules/cause-key.js';

describe('causeKeyText', () => {
  const groupBy = ['/policy/id', '/roles', '/account/passwordStorage', '/missing'];
  const datas = [
    { policy: { id: 'p1' }, roles: ['b', 'a'], account: { passwordStorage: { algorithm: 'md5', iterations: 1 } } },
    { policy: null, roles: [], account: {} },
    { policy: { id: '' }, roles: [{ id: 'r' }, 'x'], account: { passwordStorage: 'plain' }, missing: 0 },
    {},
  ];
  it('is the key of causeKeyOf, for one path and several', () => {
    for (const data of datas) {
      expect(causeKeyText(groupBy, data)).toBe(causeKeyOf(groupBy, data).key);
      expect(causeKeyText(['/policy/id'], data)).toBe(causeKeyOf(['/policy/id'], data).key);
    }
  });
});
