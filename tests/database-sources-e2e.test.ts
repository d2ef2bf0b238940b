// End to end: the built CLI audits a project (manifest + PostgreSQL dump + project file) and the
// database findings cite the dump's own lines; the hospital example's before/ and after/ dumps
// give the findings the case describes and none after the rectification.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: clinic, name: Clinic, asOf: 2024-01-01 }
stores:
  - id: patients
    kind: table
    fields:
      - { name: full_name, category: identity.name }
      - { name: diagnosis, category: health.diagnosis }
roles:
  - id: front-desk
    grants: [{ store: patients, actions: [read], scope: unit, fields: [full_name] }]
accounts:
  - { id: desk-1, type: personal, roles: [front-desk] }
`;

const DUMP = `--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);

CREATE ROLE desk;
ALTER ROLE desk WITH LOGIN PASSWORD 'md5aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

CREATE TABLE public.patient (
    id integer,
    full_name text,
    diagnosis text
);

GRANT SELECT ON TABLE public.patient TO desk;
`;

const PROJECT = `version: 1
manifests: [system.yaml]
sources:
  - type: postgresql
    path: db/dump.sql
    mapping:
      tables:
        public.patient: { store: patients, columns: { id: null } }
      logins:
        desk: { account: desk-1, usedBy: person }
`;

describe('auditing a PostgreSQL dump through the CLI', () => {
  it('reports the login reading beyond its role, citing the GRANT line of the dump', () => {
    const dir = tempDir({ 'system.yaml': MANIFEST, 'db/dump.sql': DUMP, 'pipl-audit.yaml': PROJECT });
    const result = runCli(['audit', '.', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toMatch(/^pipl-audit: exit 1: \d+ FAIL findings? at or above high \(--fail-on\)\n$/); // only the reason for exit 1
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; status: string; evidence: Array<{ file: string; line?: number }> }> };
    const byRule = (id: string) => report.findings.filter((f) => f.ruleId === id && f.status === 'FAIL');
    const grantLine = DUMP.split('\n').findIndex((l) => l.startsWith('GRANT SELECT')) + 1;
    const passwordLine = DUMP.split('\n').findIndex((l) => l.startsWith('ALTER ROLE desk')) + 1;
    expect(byRule('PIPL-DB-001')[0]?.evidence[0]).toMatchObject({ file: 'db/dump.sql', line: grantLine });
    expect(byRule('PIPL-DB-006')[0]?.evidence[0]).toMatchObject({ file: 'db/dump.sql', line: passwordLine });
    expect(result.code).toBe(1);
  });

  it('a dump written with pg_dump -x (no privilege statement): the reads and PUBLIC exposure are NOT_EVALUATED, with a warning naming -x', () => {
    const dump = DUMP.replace(/^GRANT SELECT.*\n/m, '');
    const dir = tempDir({ 'system.yaml': MANIFEST, 'db/dump.sql': dump, 'pipl-audit.yaml': PROJECT });
    const result = runCli(['audit', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ severity: string; file: string; message: string; expected?: string }>; findings: Array<{ ruleId: string; status: string; target: { key: string } }> };
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'db/dump.sql', message: expect.stringContaining('the dump states no privilege on any object'), expected: 'pg_dump without -x (--no-privileges)' }));
    const statusOf = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => f.status);
    // Not "the desk reads nothing" (a PASS of DB-001), not "PUBLIC reads nothing" (a PASS of DB-002).
    expect(statusOf('PIPL-DB-001')).toEqual(['NOT_EVALUATED']);
    expect(statusOf('PIPL-DB-002')).toEqual(['NOT_EVALUATED']);
  });

  it('the hospital example: before/ fails the database rules, after/ passes them', () => {
    const mapping = (logins: string) => `version: 1
manifests: [system.yaml, access.yaml, data.yaml, provision.yaml]
sources:
  - type: postgresql
    path: db/emr-dump.sql
    options: { database: emr }
    mapping:
      tables:
        public.patients:
          store: emr
          columns: { id: null, name: patient_name, id_no: id_number, ward: null, admitted_at: admission_time, record: medical_record }
      logins:
${logins}`;
    const failed = (which: 'before' | 'after', logins: string) => {
      const dir = tempDir({});
      cpSync(join(REPO_ROOT, 'examples/hospital', which), dir, { recursive: true });
      const project = join(dir, 'pipl-audit.yaml');
      writeFileSync(project, mapping(logins));
      const result = runCli(['audit', dir, '--format', 'json']);
      const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; status: string }> };
      return [...new Set(report.findings.filter((f) => f.ruleId.startsWith('PIPL-DB') && f.status === 'FAIL').map((f) => f.ruleId))].sort();
    };
    expect(failed('before', '        his_app: { usedBy: application }\n        nurse_station: { account: ns-general-surgery, usedBy: person }\n        insurance_desk: { account: agency-onsite-01, usedBy: person }\n')).toEqual(['PIPL-DB-001', 'PIPL-DB-002', 'PIPL-DB-003', 'PIPL-DB-004', 'PIPL-DB-006']);
    expect(failed('after', '        his_app: { usedBy: application }\n        nurse_chen: { account: nurse-chen, usedBy: person }\n')).toEqual([]);
  });
});
