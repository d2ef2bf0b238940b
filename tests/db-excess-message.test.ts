// PIPL-DB-001's message names every store a login reads beyond its role (the first five and the
// count), in both languages, not only the first: a reader must see the credit reports and the
// backup as well as the applicants.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { tempDir } from './support/temp-dir.js';

function project(storeCount: number): string {
  const stores = Array.from({ length: storeCount }, (_, i) => ({ id: `s${i + 1}`, kind: 'database', fields: [{ name: 'name', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }] }));
  const manifest = {
    apiVersion: 'pipl-audit/v1',
    stores,
    roles: [{ id: 'analyst', grants: [{ store: 's1', actions: ['read'], scope: 'unit', fields: ['name'] }] }],
    accounts: [{ id: 'bi', type: 'personal', roles: ['analyst'] }],
    databaseLogins: [{ id: 'postgresql:bi', engine: 'postgresql', name: 'bi', canLogin: true, account: 'bi', reads: stores.map((s) => ({ store: s.id, fields: ['name', 'phone'], via: ['role:r_read'] })) }],
  };
  return tempDir({ 'system.yaml': stringify(manifest) });
}

describe('PIPL-DB-001 message', () => {
  it('names every store read beyond the role, not only the first', async () => {
    const dir = project(3);
    const report = await audit({ paths: [dir], cwd: dir });
    const finding = report.findings.find((f) => f.ruleId === 'PIPL-DB-001' && f.status === 'FAIL');
    expect(finding?.message.en).toContain('phone of s1 (via role:r_read); name, phone of s2 (via role:r_read); name, phone of s3 (via role:r_read)');
    expect(finding?.message.zh).toContain('s1 的 phone（途径 role:r_read）；s2 的 name、phone（途径 role:r_read）；s3 的 name、phone');
  });

  it('names the first five and the count beyond them', async () => {
    const dir = project(7);
    const report = await audit({ paths: [dir], cwd: dir });
    const finding = report.findings.find((f) => f.ruleId === 'PIPL-DB-001' && f.status === 'FAIL');
    expect(finding?.message.en).toContain('of s5 (via role:r_read); and 2 more (7 in all)');
    expect(finding?.message.en).not.toContain('of s6');
    expect(finding?.message.zh).toContain('另有 2 处（共 7 处）');
  });
});

describe('PIPL-DB-002 message', () => {
  it('names the privileges of every PUBLIC default-privilege entry, not only the first', async () => {
    const manifest = {
      apiVersion: 'pipl-audit/v1',
      stores: [{ id: 'emr', kind: 'database', fields: [{ name: 'patient_name', category: 'identity.name' }] }],
      databaseTables: [{
        id: 'postgresql:public.patients', engine: 'postgresql', name: 'public.patients', store: 'emr', publicReadFields: [],
        defaultPrivileges: [{ grantee: 'PUBLIC', privileges: ['SELECT'], forRole: 'postgres', schema: 'public' }, { grantee: 'PUBLIC', privileges: ['SELECT', 'UPDATE'], forRole: 'app_owner', schema: 'public' }],
      }],
    };
    const dir = tempDir({ 'system.yaml': stringify(manifest) });
    const report = await audit({ paths: [dir], cwd: dir });
    const finding = report.findings.find((f) => f.ruleId === 'PIPL-DB-002' && f.status === 'FAIL');
    expect(finding?.message.en).toContain('default privileges SELECT, UPDATE');
    expect(finding?.message.zh).toContain('默认权限 SELECT、UPDATE');
  });
});
