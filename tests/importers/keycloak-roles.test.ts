// Composite roles to a fixpoint with cycles guarded, group inheritance, default roles, and how
// each role is held.
import { describe, expect, it } from 'vitest';
import { EffectiveRoles, defaultRoleKeys } from '../../src/importers/keycloak/effective-roles.js';
import { GroupTree } from '../../src/importers/keycloak/group-tree.js';
import { RoleGraph } from '../../src/importers/keycloak/role-graph.js';

const realm = {
  realm: 'r',
  roles: {
    realm: [
      { name: 'a', composites: { realm: ['b'] } },
      { name: 'b', composites: { realm: ['c'], client: { app: ['x'] } } },
      { name: 'c', composites: { realm: ['a'] } }, // a → b → c → a
      { name: 'd', composites: { realm: ['c', 'b'] } },
      { name: 'default-roles-r', composites: { realm: ['offline_access'] } },
      { name: 'offline_access' },
    ],
    client: { app: [{ name: 'x' }, { name: 'y', composites: { application: { app: ['x'] } } }] },
  },
  groups: [{ name: 'top', path: '/top', realmRoles: ['d'], subGroups: [{ name: 'sub', path: '/top/sub', clientRoles: { app: ['y'] } }] }],
};

describe('role graph', () => {
  const graph = new RoleGraph(realm, '');

  it('expands composites to a fixpoint and ends at a cycle', () => {
    expect(graph.closure('a').map((r) => r.key).sort()).toEqual(['a', 'app/x', 'b', 'c']);
  });

  it('records the shortest chain to each role', () => {
    const reached = new Map(graph.closure('d').map((r) => [r.key, r.chain]));
    expect(reached.get('b')).toEqual(['d', 'b']);
    expect(reached.get('app/x')).toEqual(['d', 'b', 'app/x']);
  });

  it('reads the pre-1.2 "application" composites and points at each definition', () => {
    expect(graph.closure('app/y').map((r) => r.key)).toEqual(['app/y', 'app/x']);
    expect(graph.nodes.get('app/y')?.pointer).toBe('/roles/client/app/1');
  });
});

describe('effective roles', () => {
  const graph = new RoleGraph(realm, '');
  const effective = new EffectiveRoles(graph, new GroupTree(realm, ''), defaultRoleKeys(realm, 'r', []));

  it('gives a subgroup member the roles of the parent group, through its composites', () => {
    const held = new Map(effective.of({ groups: ['/top/sub'] }, '/users/0').map((h) => [h.key, h]));
    expect(held.get('app/y')).toMatchObject({ via: 'group', path: ['group /top/sub', 'role app/y'], pointer: '/users/0/groups/0' });
    expect(held.get('d')).toMatchObject({ via: 'group', path: ['group /top/sub', 'parent group /top', 'role d'] });
    expect(held.get('b')?.via).toBe('composite');
    expect(held.get('b')?.path).toEqual(['group /top/sub', 'parent group /top', 'role d', 'role b']);
  });

  it('prefers the most visible holding when a role is reached several ways', () => {
    const held = new Map(effective.of({ realmRoles: ['a', 'c'] }, '/users/1').map((h) => [h.key, h]));
    expect(held.get('c')).toMatchObject({ via: 'direct', path: ['role c'], pointer: '/users/1/realmRoles/1' });
    expect(held.get('b')?.via).toBe('composite');
  });

  it('marks roles from the post-13 default composite as default', () => {
    const held = new Map(effective.of({ realmRoles: ['default-roles-r'] }, '/users/2').map((h) => [h.key, h]));
    expect(held.get('offline_access')).toMatchObject({ via: 'default', path: ['role default-roles-r', 'role offline_access'] });
  });

  it('takes the pre-13 realm and client defaultRoles lists as default roles', () => {
    const keys = defaultRoleKeys({ realm: 'old', defaultRoles: ['user'] }, 'old', [{ clientId: 'emr', client: { defaultRoles: ['view'] } }]);
    expect([...keys].sort()).toEqual(['emr/view', 'user']);
  });
});
