// One access, one item: a role inheriting the same grant from several parents (a home director
// `inherits: [aide, nurse, reception]`, each granting the same read of the resident card) holds
// that access once, not once per parent; so does a role stating a grant it also inherits. Grants
// that differ in anything but the source's spelling stay apart.
import { describe, expect, it } from 'vitest';
import { grantCauses } from '../src/views/grant-causes.js';
import type { Grant, Role } from '../src/inventory/manifest-schema.js';

const card: Grant = { interface: 'resident-card', actions: ['read'], scope: 'unit' };
const role = (id: string, grants: Grant[]): Role => ({ id, grants }) as Role;

describe('grant causes across inheritance', () => {
  it('the same grant inherited from three parents is one cause, keyed without a scope or a number', () => {
    const director = role('director', []);
    const causes = grantCauses('director', [
      { grant: { ...card }, declaredBy: role('aide', [card]) },
      { grant: { ...card, actions: ['read'] }, declaredBy: role('nurse', [card]) },
      { grant: { ...card }, declaredBy: role('reception', [card]) },
    ]);
    expect(causes.map((c) => c.key)).toEqual(['director>resident-card']);
    expect(causes[0]?.declaredBy.id).toBe('aide');
    expect(causes[0]?.alsoStatedBy).toHaveLength(2);
    expect(director.id).toBe('director');
  });

  it("the role's own statement of a grant it also inherits is the cause (not inherited)", () => {
    const director = role('director', [card]);
    const causes = grantCauses('director', [
      { grant: card, declaredBy: director },
      { grant: { ...card }, declaredBy: role('aide', [card]) },
    ]);
    expect(causes).toHaveLength(1);
    expect(causes[0]?.declaredBy).toBe(director);
  });

  it('inherited grants that differ (scope, trigger) stay separate causes', () => {
    const causes = grantCauses('director', [
      { grant: card, declaredBy: role('aide', [card]) },
      { grant: { ...card, scope: 'organization' }, declaredBy: role('reception', []) },
      { grant: { ...card, trigger: 'care-relationship' }, declaredBy: role('nurse', []) },
    ]);
    expect(causes.map((c) => c.key).sort()).toEqual(['director>resident-card', 'director>resident-card@unit#1', 'director>resident-card@unit#2']);
  });
});
