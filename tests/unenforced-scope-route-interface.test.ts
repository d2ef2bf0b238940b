// A role holding equally wide grants on two interfaces of one store (a team roster and a person
// search, both scope unit), and a code route mapped to the search that looks anyone up by a phone
// number from the request with no tie to the caller: the unenforced scope PIPL-QRY-006 reports is
// the grant on the route's own interface, the search, never the roster the route does not serve.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { tempDir } from './support/temp-dir.js';

const manifest = (routeInterface: string) => `apiVersion: pipl-audit/v1
stores:
  - id: staff
    kind: database
    multiTenant: false
    fields:
      - { name: name, category: identity.name }
      - { name: mobile, category: contact.phone }
interfaces:
  - { id: team-roster, kind: list, store: staff, lookupKeys: [], returns: [name], trigger: none, logged: true }
  - { id: staff-search, kind: query-screen, store: staff, lookupKeys: [mobile], returns: [name, mobile], trigger: none, logged: true }
roles:
  - id: shift-lead
    kind: business
    jobScope: unit
    grants:
      - { interface: team-roster, actions: [read], scope: unit }
      - { interface: staff-search, actions: [read], scope: unit }
codeBases:
  - { id: "code:api", root: api, files: 2 }
codeRoutes:
  - { id: "GET:/staff/search", codeBase: "code:api", framework: express, method: GET, path: /staff/search, interface: ${routeInterface}, roles: [shift-lead], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: staff, model: staff, library: prisma, operation: find-many, lookupFields: [mobile], requestSupplied: true, requestFields: [mobile], ownerCondition: false, where: true, limited: true, callerCheck: false }] }
`;

const run = async (routeInterface: string) => {
  const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(routeInterface) }), asOf: '2024-01-01', exceptions: false });
  return report.findings.filter((f) => f.status === 'FAIL' && f.ruleId === 'PIPL-QRY-006').flatMap((f) => (f.members?.items ?? [f.target]).map((m) => m.key));
};

describe('the unenforced scope of a route mapped to one of two equally wide grants', () => {
  it('cites the grant on the route\'s interface', async () => {
    expect(await run('staff-search')).toEqual(['shift-lead>staff-search']);
  });
  it('cites the roster where the route serves the roster', async () => {
    expect(await run('team-roster')).toEqual(['shift-lead>team-roster']);
  });
});
