// One finding per cause where a rule's items share it: the uses of one hard-coded key (signing and
// verifying) are one PIPL-CODE-010 finding; accounts holding a role through the same composite
// (one the project maps to a role reaching no PI: it looks harmless) are one PIPL-IDP-004 finding
// whatever their other, direct roles; and a role reaching PI through the realm's default roles is
// PIPL-IDP-003's finding on the realm, not one PIPL-IDP-004 per account.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { tempDir } from './support/temp-dir.js';

const KEYS = `apiVersion: pipl-audit/v1
system: { id: shop, name: Shop, asOf: 2024-06-01 }
codeBases:
  - { id: "code:backend", root: backend, files: 12 }
codeCredentialSites:
  - { id: "auth.ts:22:63", codeBase: "code:backend", kind: key, keyUse: jwt-signing, keySource: literal, hardCoded: true, name: JWT_SECRET, keyPreview: "yx…(30 characters)", keyBytes: 30, strengthScore: 4 }
  - { id: "auth.ts:30:68", codeBase: "code:backend", kind: key, keyUse: jwt-verification, keySource: literal, hardCoded: true, name: JWT_SECRET, keyPreview: "yx…(30 characters)", keyBytes: 30, strengthScore: 4 }
  - { id: "crypto.ts:8:25", codeBase: "code:backend", kind: key, keyUse: cipher-key, keySource: fallback-literal, hardCoded: true, name: "createCipheriv key", keyPreview: "9f…(64 characters)", keyBytes: 32, strengthScore: 4 }
`;

const ROLES = `apiVersion: pipl-audit/v1
system: { id: school, name: School, asOf: 2024-06-01 }
stores:
  - id: students
    kind: table
    fields: [{ name: phone, category: contact.phone }]
interfaces:
  - { id: roster, kind: list, store: students, returns: [phone] }
roles:
  - id: teacher
    grants: [{ interface: roster, actions: [read], scope: unit }]
  - id: directory
    grants: [{ interface: roster, actions: [read], scope: unit }]
  - id: head-teacher
    grants: [{ interface: roster, actions: [read], scope: unit }]
  - id: staff-member
accounts:
  - id: t1
    type: personal
    status: active
    roles: [teacher, directory, staff-member]
    roleOrigins:
      - { role: staff-member, via: direct, path: [role staff] }
      - { role: teacher, via: composite, path: [role staff, role teacher] }
      - { role: directory, via: default, path: [role default-roles-school, role directory] }
  - id: t2
    type: personal
    status: active
    roles: [teacher, head-teacher, directory, staff-member]
    roleOrigins:
      - { role: staff-member, via: direct, path: [role staff] }
      - { role: teacher, via: composite, path: [role staff, role teacher] }
      - { role: head-teacher, via: direct, path: [role head-teacher] }
      - { role: directory, via: default, path: [role default-roles-school, role directory] }
  - id: parent-1
    type: personal
    status: active
    roles: [directory]
    roleOrigins:
      - { role: directory, via: default, path: [role default-roles-school, role directory] }
`;

const FOLDS = `apiVersion: pipl-audit/v1
system: { id: school, name: School, asOf: 2024-06-01 }
stores:
  - id: students
    kind: table
    retention: none
    fields: [{ name: phone, category: contact.phone }]
deletionJobs: []
interfaces:
  - { id: roster, kind: list, store: students, returns: [phone] }
roles:
  - id: teacher
    grants: [{ interface: roster, actions: [read], scope: unit }]
accounts:
  - { id: zhao.left, type: personal, status: active, roles: [teacher], hrStatus: left, lastLogin: 2023-09-01 }
`;

describe('one finding per cause across rules', () => {
  it('a dormant leaver is PIPL-CRED-008 with PIPL-CRED-007 as its aspect; no deletion job without a period is PIPL-RET-001 with PIPL-RET-003', async () => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': FOLDS }), only: ['PIPL-CRED-007', 'PIPL-CRED-008', 'PIPL-RET-001', 'PIPL-RET-003'], exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL').map((f) => `${f.ruleId} ${f.target.key} [${(f.aspects ?? []).map((a) => a.ruleId).join(',')}]`);
    expect(fails.sort()).toEqual(['PIPL-CRED-008 zhao.left [PIPL-CRED-007]', 'PIPL-RET-001 students [PIPL-RET-003]']);
  });
});

describe('one finding per cause within a rule', () => {
  it('PIPL-CODE-010: one finding for the key used to sign and to verify, another for a different key', async () => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': KEYS }), only: ['PIPL-CODE-010'], exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails).toHaveLength(2);
    const jwt = fails.find((f) => f.members?.items.some((m) => m.key === 'auth.ts:22:63'));
    expect(jwt?.members?.items.map((m) => m.key).sort()).toEqual(['auth.ts:22:63', 'auth.ts:30:68']);
  });

  it('PIPL-CODE-010: one secret written in two files under two option names is one finding citing both; another secret stays apart', async () => {
    // The scan gives every site of one literal value the same keyId (never the key); the name the
    // library takes it under (JwtModule.register secret, passport-jwt secretOrKey) differs.
    const sites = `apiVersion: pipl-audit/v1
system: { id: shop, name: Shop, asOf: 2024-06-01 }
codeBases:
  - { id: "code:api", root: api, files: 20 }
codeCredentialSites:
  - { id: "app.module.ts:22:7", codeBase: "code:api", kind: key, keyUse: jwt-signing, keySource: fallback-literal, hardCoded: true, name: "JwtModule.register({ secret })", keyPreview: "fa…(23 characters)", keyBytes: 23, keyId: "literal@src/app.module.ts:22:41", strengthScore: 4 }
  - { id: "jwt.strategy.ts:10:7", codeBase: "code:api", kind: key, keyUse: jwt-verification, keySource: fallback-literal, hardCoded: true, name: "super({ secretOrKey })", keyPreview: "fa…(23 characters)", keyBytes: 23, keyId: "literal@src/app.module.ts:22:41", strengthScore: 4 }
  - { id: "refresh.ts:5:7", codeBase: "code:api", kind: key, keyUse: jwt-signing, keySource: literal, hardCoded: true, name: "JwtModule.register({ secret })", keyPreview: "fa…(23 characters)", keyBytes: 23, keyId: "literal@src/refresh.ts:5:30", strengthScore: 4 }
`;
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': sites }), only: ['PIPL-CODE-010'], exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails).toHaveLength(2);
    const shared = fails.find((f) => f.members?.items.some((m) => m.key === 'app.module.ts:22:7'));
    expect(shared?.members?.items.map((m) => m.key).sort()).toEqual(['app.module.ts:22:7', 'jwt.strategy.ts:10:7']);
  });

  it('PIPL-IDP-004: one finding per hidden route, none for the default role (PIPL-IDP-003’s)', async () => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': ROLES }), only: ['PIPL-IDP-004'], exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails).toHaveLength(1);
    expect(fails[0]?.members?.items.map((m) => m.key).sort()).toEqual(['t1', 't2']);
    expect(report.findings.find((f) => f.target.key === 'parent-1' || f.members?.items.some((m) => m.key === 'parent-1'))?.status ?? 'PASS').toBe('PASS');
  });

  it('PIPL-DB-006: one finding per server and password scheme, its logins the members', async () => {
    const logins = `apiVersion: pipl-audit/v1
system: { id: claims, name: Claims, asOf: 2024-06-01 }
databaseLogins:
  - { id: "mysql:claims-db/app@10.0.2.%", engine: mysql, name: app, host: 10.0.2.%, canLogin: true, password: mysql-native-sha1 }
  - { id: "mysql:claims-db/etl@%", engine: mysql, name: etl, host: "%", canLogin: true, password: mysql-native-sha1 }
  - { id: "mysql:claims-db/dba@%", engine: mysql, name: dba, host: "%", canLogin: true, password: caching-sha2 }
  - { id: "mysql:crm-db/crm@%", engine: mysql, name: crm, host: "%", canLogin: true, password: mysql-native-sha1 }
`;
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': logins }), only: ['PIPL-DB-006'], exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails.map((f) => (f.members?.items ?? [f.target]).map((m) => m.key).sort())).toEqual([['mysql:claims-db/app@10.0.2.%', 'mysql:claims-db/etl@%'], ['mysql:crm-db/crm@%']]);
  });
});
