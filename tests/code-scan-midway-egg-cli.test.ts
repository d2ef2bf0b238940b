// End to end: the built CLI audits a manifest with an Egg.js and a Midway.js back office named in
// the project file. Their uncapped member lists (egg-mysql `select` without `limit`, a Midway
// service's `find` without `take`) fail PIPL-CODE-002 at the query's line; the same code with a
// cap passes.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/files-under.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: member-crm, name: Member CRM, sector: retail }
stores:
  - id: members
    kind: database
    fields:
      - { name: real_name, category: identity.name }
      - { name: phone, category: contact.phone }
      - { name: id_card_no, category: identity.id-number }
roles:
  - { id: clerk, kind: business, grants: [] }
  - { id: admin, kind: admin, grants: [] }
`;

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - { type: typescript, path: egg }
  - { type: typescript, path: midway }
`;

const EGG = join(REPO_ROOT, 'tests/fixtures/typescript/egg-crm');
const MIDWAY = join(REPO_ROOT, 'tests/fixtures/typescript/midway-admin');

function project(fixed: boolean): string {
  const files: Record<string, string> = { 'pipl-audit.yaml': PROJECT, 'manifest/system.yaml': MANIFEST };
  for (const [dir, to] of [[EGG, 'egg'], [MIDWAY, 'midway']] as const) {
    for (const f of filesUnder(dir)) files[`${to}/${relative(dir, f).split('\\').join('/')}`] = readFileSync(f, 'utf8');
  }
  if (fixed) {
    files['egg/app/service/member.js'] = (files['egg/app/service/member.js'] as string).replace("orders: [[ 'id', 'desc' ]],\n    });", "orders: [[ 'id', 'desc' ]],\n      limit: 100,\n    });");
    files['midway/src/service/member.service.ts'] = (files['midway/src/service/member.service.ts'] as string).replace("find({ order: { id: 'DESC' } })", "find({ order: { id: 'DESC' }, take: 100 })");
  }
  return tempDir(files);
}

interface Finding {
  ruleId: string;
  status: string;
  target: { key: string };
  evidence: Array<{ file: string; line?: number; column?: number }>;
}

/** PIPL-CODE-002's findings (target key → status and the first place cited), and its counts by status. */
function code002(dir: string): { found: Map<string, { status: string; at: string }>; counts: Record<string, number> } {
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none'], { cwd: dir });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[]; rules: Array<{ id: string; counts: Record<string, number> }> };
  const found = new Map(report.findings.filter((f) => f.ruleId === 'PIPL-CODE-002').map((f) => [f.target.key, { status: f.status, at: f.evidence.slice(0, 1).map((e) => `${e.file}:${e.line}`).join('') }]));
  return { found, counts: report.rules.find((r) => r.id === 'PIPL-CODE-002')?.counts ?? {} };
}

describe('Egg.js and Midway.js through the CLI: PIPL-CODE-002', () => {
  it('fails the uncapped egg-mysql select and the uncapped Midway find, at the query', () => {
    const { found, counts } = code002(project(false));
    expect(found.get('GET:/api/members>members')).toEqual({ status: 'FAIL', at: 'egg/app/service/member.js:11' });
    expect(found.get('GET:/api/member/list>members')).toEqual({ status: 'FAIL', at: 'midway/src/service/member.service.ts:16' });
    // The capped pages, the caller-bound list and the admin-only export are no findings.
    expect([...found.keys()].sort()).toEqual(['GET:/api/member/list>members', 'GET:/api/members>members']);
    expect(counts.PASS).toBeGreaterThan(0);
  });

  it('passes them once the reads are capped', () => {
    const before = code002(project(false)).counts;
    const { found, counts } = code002(project(true));
    expect([...found.values()].filter((f) => f.status === 'FAIL')).toEqual([]);
    // The two reads judged before are judged again, now as passes.
    expect(counts.PASS).toBe((before.PASS ?? 0) + 2);
  });
});
