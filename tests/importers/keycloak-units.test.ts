// mapping.units: which unit a Keycloak user's group paths give (unitOfGroups).
import { describe, expect, it } from 'vitest';
import { unitOfGroups } from '../../src/importers/keycloak/realm-to-inventory.js';

describe('mapping.units: a group path prefix', () => {
  it('a prefix naming one unit covers the group itself as well as the groups below it', () => {
    const units = { '/华东/上海店/': '上海店' };
    expect(unitOfGroups(['/华东/上海店'], units)).toEqual({ unit: '上海店' });
    expect(unitOfGroups(['/华东/上海店/收银'], units)).toEqual({ unit: '上海店' });
    // Not a sibling whose name merely starts the same way.
    expect(unitOfGroups(['/华东/上海店二'], units)).toEqual({});
  });

  it('the group\'s own key beats the prefix covering it, which beats a shorter prefix', () => {
    expect(unitOfGroups(['/a/b'], { '/a/b/': 'B below', '/a/b': 'B itself' })).toEqual({ unit: 'B itself' });
    expect(unitOfGroups(['/a/b'], { '/a/': 'A', '/a/b/': 'B' })).toEqual({ unit: 'B' });
    expect(unitOfGroups(['/a/b/c'], { '/a/': 'A', '/a/b/': 'B' })).toEqual({ unit: 'B' });
  });

  it('a {group} prefix makes each group below it a unit, not the group it ends at: its members are named as uncovered', () => {
    const units = { '/outlets/': '{group}' };
    expect(unitOfGroups(['/outlets/north'], units)).toEqual({ unit: 'north' });
    expect(unitOfGroups(['/outlets'], units)).toEqual({ uncovered: ['/outlets'] });
    // Another group of the user gives the unit: still named, but the unit is taken.
    expect(unitOfGroups(['/outlets', '/outlets/north'], units)).toEqual({ unit: 'north', uncovered: ['/outlets'] });
    // A key for the group itself covers it.
    expect(unitOfGroups(['/outlets'], { ...units, '/outlets': '运营部' })).toEqual({ unit: '运营部' });
  });
});
