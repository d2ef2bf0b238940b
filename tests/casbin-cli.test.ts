// End to end: the built CLI audits a project mixing a manifest and a Casbin source, and the
// finding on the imported grant cites the policy line that gave it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

it('cites the policy.csv line of a wildcard Casbin grant', () => {
  const courier = join(REPO_ROOT, 'examples/courier/before');
  const read = (f: string) => readFileSync(join(courier, f), 'utf8');
  // The courier manifest without its hand-written supervisor grant: the Casbin policy supplies it.
  // … and without its overlay, which annotates a Keycloak user this project does not import.
  const access = read('access.yaml')
    .replace('    grants:\n      - { interface: waybill-lookup, actions: [read], scope: any }\n', '')
    .replace(/^overlays:\n(?: .*\n|#.*\n|\n)*/m, '');
  const dir = tempDir({
    'system.yaml': read('system.yaml'),
    'data.yaml': read('data.yaml'),
    'access.yaml': access,
    'casbin/model.conf': read('casbin/model.conf'),
    'casbin/policy.csv': read('casbin/policy.csv'),
    'pipl-audit.yaml': stringify({
      version: 1,
      manifests: ['system.yaml', 'data.yaml', 'access.yaml'],
      sources: [
        {
          type: 'casbin',
          path: 'casbin',
          mapping: {
            domain: 'outlet-0755',
            subjects: { outlet_supervisor: 'outlet-supervisor' },
            interfaces: { 'waybill-lookup': { object: '/api/waybills/by-phone/13800000000', action: 'GET' } },
          },
        },
      ],
    }),
  });
  const result = runCli(['audit', dir, '--format', 'json', '--no-color'], { cwd: dir });
  expect(result.stderr).toMatch(/^pipl-audit: exit 1: \d+ FAIL findings? at or above high \(--fail-on\)\n$/); // only the reason for exit 1
  expect(result.code).toBe(1);
  type Listed = { ruleId: string; status: string; target: { key: string }; members?: { items: Array<{ key: string }> }; evidence: Array<{ file: string; line?: number }> };
  const report = JSON.parse(result.stdout) as { findings: Array<Listed & { aspects?: Listed[] }> };
  // PIPL-CAS-001 on the same grant is an aspect of the PIPL-QRY-001 finding (one finding per cause),
  // grouped by its policy line: the grant is one of its members.
  const all = report.findings.flatMap((f) => [f, ...(f.aspects ?? [])]);
  const grant = 'outlet-supervisor>waybill-lookup';
  const speaksFor = (f: Listed) => f.target.key === grant || (f.members?.items ?? []).some((m) => m.key === grant);
  const cited = (ruleId: string) => all.find((f) => f.ruleId === ruleId && f.status === 'FAIL' && speaksFor(f))?.evidence[0];
  expect(cited('PIPL-QRY-001')).toMatchObject({ file: 'casbin/policy.csv', line: 2 });
  expect(cited('PIPL-CAS-001')).toMatchObject({ file: 'casbin/policy.csv', line: 2 });

  const text = runCli(['audit', dir, '--no-color'], { cwd: dir });
  expect(text.stdout).toContain('casbin/policy.csv:2');
});
