// A grouped rule finds each verdict's group by causeKeyText; the key must be causeKeyOf's own.
import { describe, expect, it } from 'vitest';
import { causeKeyOf, causeKeyText } from '../src/rules/cause-key.js';
import { DERIVATIONS } from '../src/rules/derivations.js';

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

describe('a cause label names every value (issue 11 §2)', () => {
  it('says "none" for a stated empty list, and "not stated" for an unstated value, in both languages; the key keeps [] and nothing', () => {
    const cause = causeKeyOf(['/triggerPoint', '/unmaskedSensitiveCategories', '/scope'], { triggerPoint: 'interface:vehicle-track', unmaskedSensitiveCategories: [], scope: null });
    expect(cause.key).toBe('triggerPoint=interface:vehicle-track;unmaskedSensitiveCategories=[];scope=');
    expect(cause.label.en).toBe('triggerPoint = interface:vehicle-track, unmaskedSensitiveCategories = (none), scope = (not stated)');
    expect(cause.label.zh).toBe('triggerPoint = interface:vehicle-track，unmaskedSensitiveCategories = （无），scope = （未说明）');
  });
});

describe('the indirect routes of an account (PIPL-IDP-004\'s cause) carry no field that is empty by construction', () => {
  // Keycloak: a clerk holds `archive-view` inside the composite `records-bundle`, which the clerk
  // is not held to in sight (carriedBy: null), and `ledger` directly.
  const origins = [
    { role: 'archive-view', via: 'composite', carriedBy: null },
    { role: 'ledger', via: 'direct' },
    { role: 'waybill-lookup', via: 'composite', carriedBy: 'outlet-staff' },
    { role: 'member-search', via: 'default' },
  ];
  const indirect = (values: string[]) => DERIVATIONS.elementsWhere!({ piRoleOrigins: origins }, { list: '/piRoleOrigins', field: 'via', values, unless: 'carriedBy' });

  it('leaves out the `unless` field of the elements kept, so the cause key names the role and the route only', () => {
    expect(indirect(['composite'])).toEqual([{ role: 'archive-view', via: 'composite' }]);
    expect(causeKeyOf(['/indirectPiRoles'], { indirectPiRoles: indirect(['composite', 'default']) }).key).toBe('indirectPiRoles=[{role:archive-view,via:composite},{role:member-search,via:default}]');
  });

  it('does not change the list it reads', () => {
    indirect(['composite']);
    expect(origins[0]).toEqual({ role: 'archive-view', via: 'composite', carriedBy: null });
  });
});
