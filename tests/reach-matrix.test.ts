// The reach matrix in the report: per role and per account type, the PI categories reached and
// the widest scope, sensitive ones first; inheritance counts, expired grants do not.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { sharedAudit } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: clinic, name: Clinic, asOf: 2024-01-01 }
stores:
  - id: records
    kind: table
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
      - { name: diagnosis, category: health.diagnosis }
interfaces:
  - id: lookup
    kind: query-screen
    store: records
    returns: [name, phone, diagnosis]
    masked: [phone]
  - id: names
    kind: query-screen
    store: records
    returns: [name]
roles:
  - id: clerk
    grants:
      - { interface: names, actions: [read], scope: unit }
  - id: doctor
    inherits: [clerk]
    grants:
      - { interface: lookup, actions: [read], scope: assigned }
      - { interface: names, actions: [read], scope: any, expires: 2023-06-30 }
  - id: nobody
    grants: []
accounts:
  - { id: a1, type: personal, roles: [doctor], status: active }
  - { id: a2, type: shared, roles: [clerk], status: active }
  - { id: a3, type: shared, roles: [doctor], status: disabled }
`;

describe('reach matrix', () => {
  it('gives each role and account type its categories with the widest live scope, inherited grants included', async () => {
    const dir = tempDir({ 'system.yaml': MANIFEST });
    const { reach } = await audit({ paths: [dir], cwd: dir, exceptions: false });
    expect(reach?.categories.map((c) => [c.key, c.sensitive])).toEqual([
      ['health.diagnosis', true],
      ['contact.phone', false],
      ['identity.name', false],
    ]);
    const doctor = reach?.roles.find((r) => r.id === 'doctor');
    // identity.name comes only through the inherited clerk grant (unit); the expired "any" grant does not count.
    expect(doctor?.cells).toEqual([
      { category: 'contact.phone', scope: 'assigned', unmasked: false },
      { category: 'health.diagnosis', scope: 'assigned', unmasked: true },
      { category: 'identity.name', scope: 'unit', unmasked: true },
    ]);
    expect(doctor?.holders).toBe(1);
    expect(reach?.roles.map((r) => r.id)).toEqual(['clerk', 'doctor']);
    expect(reach?.rolesWithoutReach).toBe(1);
    // The disabled shared account holding doctor does not widen what shared accounts reach.
    expect(reach?.accountTypes).toEqual([
      { type: 'personal', accounts: 1, cells: doctor?.cells },
      { type: 'shared', accounts: 1, cells: [{ category: 'identity.name', scope: 'unit', unmasked: true }] },
    ]);
  });

  it('shows the hospital case: insurance desk accounts (third party) reach surgery data organisation-wide', async () => {
    // The hospital case's report, audited once for the run (tests/finding-aspects.test.ts reads it too); it has no exceptions file.
    const { reach } = await sharedAudit({ paths: ['examples/hospital/before'] });
    const desk = reach?.roles.find((r) => r.id === 'insurance-onsite-desk');
    expect(desk?.cells).toContainEqual({ category: 'health.surgery', scope: 'organization', unmasked: true });
    const thirdParty = reach?.accountTypes.find((a) => a.type === 'third-party');
    expect(thirdParty?.cells).toContainEqual({ category: 'health.surgery', scope: 'organization', unmasked: true });
  });
});
