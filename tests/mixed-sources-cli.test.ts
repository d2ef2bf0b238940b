// End to end, the way a compliance officer runs it: one project (examples/courier/before) mixing
// a manifest, a Keycloak realm, a Casbin policy, a PostgreSQL dump and TypeScript code. Every
// finding cites its own source, and the line cited is the line that says it.
import { withAspects } from '../src/findings/fold-aspects.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/report-schema.js';
import { REPO_ROOT } from './support/run-cli.js';
import { sharedCli } from './support/shared-results.js';

const DIR = 'examples/courier/before';
let report: AuditReport;

beforeAll(async () => {
  const result = await sharedCli(['audit', DIR, '-f', 'json', '-o', '-', '--lang', 'en']);
  expect(result.code, result.stderr).toBe(1);
  report = JSON.parse(result.stdout) as AuditReport;
});

/** The text of the line a finding of `ruleId` cites first. */
function citedLine(ruleId: string): { file: string; text: string } {
  // A finding folded into another rule's finding as an aspect of its cause is looked up there.
  const finding = withAspects(report.findings).find((f) => f.ruleId === ruleId && f.status === 'FAIL');
  const evidence = finding?.evidence[0];
  expect(evidence?.line, `${ruleId} cites a line`).toBeGreaterThan(0);
  const lines = readFileSync(join(REPO_ROOT, evidence?.file ?? ''), 'utf8').split('\n');
  return { file: evidence?.file ?? '', text: lines[(evidence?.line ?? 1) - 1] ?? '' };
}

describe('a project mixing manifest, Keycloak, Casbin, PostgreSQL and code', () => {
  it('reads every source, with its format', () => {
    const formats = new Set(report.inputs.map((i) => i.format));
    expect([...formats].sort()).toEqual(['casbin', 'keycloak', 'manifest', 'postgresql', 'typescript']);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('cites the manifest line', () => {
    expect(citedLine('PIPL-CRED-001')).toMatchObject({ file: `${DIR}/access.yaml`, text: expect.stringContaining('type: shared') });
  });

  it('cites the Keycloak realm line', () => {
    expect(citedLine('PIPL-IDP-006')).toMatchObject({ file: `${DIR}/keycloak/realm-export.json`, text: expect.stringContaining('"redirectUris"') });
  });

  it('cites the Casbin policy line', () => {
    expect(citedLine('PIPL-CAS-001')).toEqual({ file: `${DIR}/casbin/policy.csv`, text: 'p, outlet_supervisor, outlet-0755, /api/waybills/*, GET' });
  });

  it('cites the PostgreSQL dump line', () => {
    expect(citedLine('PIPL-DB-004')).toMatchObject({ file: `${DIR}/db/waybill-dump.sql`, text: expect.stringMatching(/^ALTER ROLE waybill_api WITH SUPERUSER/) });
    expect(citedLine('PIPL-DB-002')).toEqual({ file: `${DIR}/db/waybill-dump.sql`, text: 'GRANT SELECT ON TABLE public.waybills TO PUBLIC;' });
  });

  it('cites the code line', () => {
    expect(citedLine('PIPL-CODE-003')).toMatchObject({ file: `${DIR}/backend/src/auth.ts`, text: expect.stringContaining('md5') });
  });
});
