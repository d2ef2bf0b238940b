// What an account reaches counts what the code behind a granted interface answers, not only what
// the manifest believes it returns (src/views/code-answered-reach.ts): a shared account whose role
// is granted a progress screen stated to return nothing (`returns: []`) reaches the names and phone
// numbers the screen's handler answers with. Only stated reads add: an aggregate, or a read whose
// selection the scan does not state, adds nothing.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { tempDir } from './support/temp-dir.js';

type Query = Record<string, unknown>;

function project(query: Query | undefined): string {
  const manifest = {
    apiVersion: 'pipl-audit/v1',
    stores: [{ id: 'cases', kind: 'database', fields: [{ name: 'patient_name', category: 'identity.name' }, { name: 'patient_phone', category: 'contact.phone' }] }],
    interfaces: [{ id: 'case-progress', kind: 'list', store: 'cases', returns: [] }],
    roles: [{ id: 'sales', grants: [{ interface: 'case-progress', actions: ['read'], scope: 'assigned' }] }],
    accounts: [{ id: 'sales-east', type: 'shared', holders: ['east-sales-team'], roles: ['sales'] }],
    ...(query
      ? {
          codeBases: [{ id: 'code:api', root: 'api', files: 2 }],
          codeRoutes: [
            {
              id: 'GET:/api/sales/cases', codeBase: 'code:api', framework: 'express', method: 'GET', path: '/api/sales/cases', interface: 'case-progress', roles: ['sales'],
              guarded: true, public: false, login: false, rateLimited: false,
              queries: [{ store: 'cases', model: 'cases', library: 'sql', lookupFields: [], requestSupplied: false, ownerCondition: false, where: true, limited: false, ...query }],
            },
          ],
        }
      : {}),
  };
  return tempDir({ 'system.yaml': stringify(manifest) });
}

async function sharedAccountFinding(query: Query | undefined) {
  const dir = project(query);
  const report = await audit({ paths: [dir], cwd: dir });
  return report.findings.find((f) => f.ruleId === 'PIPL-CRED-001' && f.target.key === 'sales-east');
}

describe('account reach through an interface whose code answers more than its stated returns', () => {
  it('counts the PI the code answers: the shared account reaches names and phones', async () => {
    const finding = await sharedAccountFinding({ operation: 'find-many', columns: ['patient_name', 'patient_phone'], answered: true });
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message.en).toContain('Phone number');
    // The code's read is cited beside the account.
    expect(finding?.evidence.map((e) => e.pointer)).toContain('/codeRoutes/0');
  });

  it('without a code scan the manifest states the reach: the screen returns nothing, the rule does not judge the account', async () => {
    expect(await sharedAccountFinding(undefined)).toBeUndefined();
  });

  it('an aggregate (a count) answers no one\'s PI and adds nothing', async () => {
    expect(await sharedAccountFinding({ operation: 'count', columns: ['patient_name'], answered: true })).toBeUndefined();
  });

  it('a read whose selection the scan does not state adds nothing (unknown is not PI)', async () => {
    expect(await sharedAccountFinding({ operation: 'find-many', answered: true })).toBeUndefined();
  });
});
