// End to end: the built CLI audits a temp project (manifest + Keycloak realm export) and its
// findings cite the realm file's own lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: outlet, name: Outlet, asOf: 2024-01-01 }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
interfaces:
  - { id: lookup, kind: query-screen, store: waybills, lookupKeys: [phone], returns: [phone], masked: [], trigger: none, rateLimit: none, logged: false }
roles:
  - id: outlet-supervisor
    jobScope: unit
    grants: [{ interface: lookup, actions: [read], scope: any }]
`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: keycloak
    path: realm.json
    mapping:
      roles:
        waybill-web/lookup-by-phone: outlet-supervisor
`;

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('pipl-audit audit with a Keycloak source', () => {
  it('reports Keycloak findings at the realm file\'s lines', () => {
    const realm = readFileSync(join(REPO_ROOT, 'examples/courier/before/keycloak/realm-export.json'), 'utf8');
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'realm.json': realm, 'pipl-audit.yaml': PROJECT });
    const result = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; status: string; message: { en: string; zh: string }; evidence: Array<{ file: string; line?: number; pointer: string }> }>; coverage: Array<{ name: string; line?: number }> };
    const failing = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL');

    const weak = failing('PIPL-CRED-003');
    expect(weak).toHaveLength(1);
    expect(weak[0]?.evidence[0]).toMatchObject({ file: 'realm.json', line: lineOf(realm, '"passwordPolicy"') });

    const lockout = failing('PIPL-CRED-004')[0];
    expect(lockout?.evidence[0]).toMatchObject({ file: 'realm.json', line: lineOf(realm, '"passwordPolicy"') });

    const wildcard = failing('PIPL-IDP-006').find((f) => f.evidence.some((e) => e.pointer.startsWith('/clients/0')));
    expect(wildcard?.evidence[0]).toMatchObject({ file: 'realm.json', pointer: '/clients/0/redirectUris' });
    expect(wildcard?.evidence[0]?.line).toBe(realm.split('\n').findIndex((l, i, all) => l.includes('"redirectUris"') && all[i + 1]?.includes('"*"')) + 1);

    const plaintext = failing('PIPL-IDP-002').find((f) => f.evidence[0]?.pointer.startsWith('/users/4/'));
    // the user's first credential: the object opening on the line after its "credentials": [
    const all = realm.split('\n');
    const userIndex = all.findIndex((l) => l.includes('"username": "courier-0755-03"'));
    const credentialsIndex = all.findIndex((l, i) => i > userIndex && l.includes('"credentials"'));
    expect(plaintext?.evidence[0]?.line).toBe(credentialsIndex + 2);
    // Keycloak hashes an import file's clear-text value on import: the finding says the file carries it.
    expect(plaintext?.message.en).toMatch(/password as plaintext .*a password an export or import file carries in clear text is read by anyone holding the file/);
    expect(plaintext?.message.en).not.toMatch(/keeps its password/);
    expect(plaintext?.message.zh).toMatch(/导出或导入文件中以明文写出的口令/);

    const events = failing('PIPL-IDP-008')[0];
    expect(events?.evidence[0]).toMatchObject({ file: 'realm.json', line: lineOf(realm, '"eventsEnabled"') });

    // the unmapped composite every outlet member holds, cited at its definition (the object's opening brace)
    const lines = realm.split('\n');
    let opening = lineOf(realm, '"name": "outlet-staff"') - 1;
    while (opening > 0 && !lines[opening - 1]?.trimEnd().endsWith('{')) opening--;
    expect(report.coverage.find((c) => c.name === 'courier-outlets: outlet-staff')?.line).toBe(opening);
  });

  it('refuses a broken realm file as an input error, or with --allow-unreadable audits the rest and says which rules could not run', () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'realm.json': '{\n  "realm": "outlets",\n  "users": [\n', 'pipl-audit.yaml': PROJECT });
    const refused = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^realm\.json:4:\d+: error: /m);
    expect(refused.stderr).toContain('--allow-unreadable');
    const result = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--allow-unreadable'], { cwd: dir });
    // Accepted by the user: the report is complete for what could be read and the exit follows the gate.
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('could not be read; the rules they feed are NOT_EVALUATED');
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; line?: number; message: string }>; findings: Array<{ ruleId: string; status: string }> };
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'realm.json', line: 4 }));
    expect(report.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL')).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'PIPL-IDP-008' && f.status === 'NOT_EVALUATED')).toBe(true);
  });
});
