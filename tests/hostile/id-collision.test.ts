// Issue 10, item 8: names that clean up to the same id ("ops team" and "ops_team") must not
// become one id — which would merge two things or stop the audit on a duplicate. Keycloak
// names become ids injectively.
import { describe, expect, it } from 'vitest';
import { safeId } from '../../src/importers/keycloak/realm-to-inventory.js';
import { Id } from '../../src/inventory/manifest-schema.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const NAMES = ['ops team', 'ops_team', 'ops-team', 'ops+team', 'ops\tteam', '_ops', 'x_ops', '.ops', 'xops', '运维 组', '运维_组', 'a@b.com', 'a+b@c.com'];

describe('Keycloak ids are injective', () => {
  it('distinct names give distinct ids, every one a valid manifest id; valid names stay as they are', () => {
    const ids = NAMES.map(safeId);
    expect(new Set(ids).size).toBe(NAMES.length);
    const pattern = new RegExp(Id.pattern as string);
    for (const id of ids) expect(id).toMatch(pattern);
    expect(safeId('ops_team')).toBe('ops_team');
    expect(safeId('a@b.com')).toBe('a@b.com');
    expect(safeId('ops team')).toMatch(/^ops_team\+[0-9a-f]{16}$/);
  });

  it('a realm with clients and users "ops team" and "ops_team" is audited, each kept apart', () => {
    const realm = {
      realm: 'acme',
      enabled: true,
      clients: [
        { clientId: 'ops team', enabled: true },
        { clientId: 'ops_team', enabled: true },
      ],
      users: [
        { username: 'ops team', enabled: true },
        { username: 'ops_team', enabled: true },
      ],
    };
    const dir = tempDir({ 'realm.json': JSON.stringify(realm) });
    for (const view of ['identity-client', 'account']) {
      const run = runCli(['views', 'realm.json', '--view', view], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      const ids = [...run.stdout.matchAll(/"id": "(acme\/ops[^"]*)"/g)].map((m) => m[1]);
      expect(new Set(ids), view).toEqual(new Set(['acme/ops_team', `acme/${safeId('ops team')}`]));
    }
  });
});
