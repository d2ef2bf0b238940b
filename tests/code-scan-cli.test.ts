// End to end: the built CLI audits a temporary project (manifest + TypeScript back-end named in
// the project file with a mapping) and cites the code's file:line:column; the rectified
// back-end produces none of the three findings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = (retention: string) => `apiVersion: pipl-audit/v1
system: { id: courier-outlet, name: Courier outlet, sector: express }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: waybill_no, category: logistics.waybill-number }
      - { name: sender_phone, category: contact.phone }
      - { name: recipient_name, category: identity.name }
      - { name: recipient_phone, category: contact.phone }
${retention}
interfaces:
  - { id: waybill-lookup, kind: query-screen, store: waybills, lookupKeys: [recipient_phone], returns: [waybill_no, recipient_name, recipient_phone] }
roles:
  - id: supervisor
    kind: business
    grants:
      - { interface: waybill-lookup, actions: [read], scope: assigned }
`;

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    options: { tsconfig: backend/tsconfig.json }
    mapping:
      roles: { outlet-supervisor: supervisor }
      stores: { waybill: waybills }
      routes: { "GET /waybills/search": waybill-lookup }
`;

function project(version: 'before' | 'after', retention: string): string {
  const backend = join(REPO_ROOT, 'examples/courier', version, 'backend');
  const files: Record<string, string> = { 'pipl-audit.yaml': PROJECT, 'manifest/system.yaml': MANIFEST(retention) };
  for (const f of ['package.json', 'tsconfig.json', 'src/app.ts', 'src/access.ts', 'src/auth.ts', 'src/db.ts', 'src/waybills.ts', ...(version === 'after' ? ['src/jobs/purge-waybills.ts'] : [])]) {
    files[`backend/${f}`] = readFileSync(join(backend, f), 'utf8');
  }
  return tempDir(files);
}

interface RuleSummary {
  id: string;
  counts: Record<string, number>;
}

interface Finding {
  ruleId: string;
  status: string;
  target: { key: string };
  evidence: Array<{ file: string; line?: number; column?: number }>;
}

function audit(dir: string): { findings: Finding[]; rules: RuleSummary[] } {
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none'], { cwd: dir });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[]; rules: RuleSummary[] };
}

const at = (f: Finding | undefined) => f?.evidence.map((e) => `${e.file}:${e.line}:${e.column}`)[0];

describe('code scan through the CLI', () => {
  it('before: over-broad lookup, MD5 hashing and no deletion job, each at its place in the code or manifest', () => {
    const { findings } = audit(project('before', '    retention: { period: P1Y, trigger: delivery, action: delete }'));
    const fail = (id: string) => findings.find((f) => f.ruleId === id && f.status === 'FAIL');
    expect(at(fail('PIPL-CODE-001'))).toBe('backend/src/waybills.ts:10:26');
    expect(fail('PIPL-CODE-001')?.target.key).toBe('GET:/waybills/search>waybills');
    expect(at(fail('PIPL-CODE-003'))).toBe('backend/src/auth.ts:9:10');
    expect(at(fail('PIPL-CODE-008'))).toBe('manifest/system.yaml:11:5');
    // The accesscontrol grant readAny on the mapped role reaches the store: the role scope is any.
    expect(fail('PIPL-CODE-001')).toBeDefined();
  });

  it('after: none of the three; the cron job found in the code covers the store', () => {
    const { findings, rules } = audit(project('after', '    retention: { period: P1Y, trigger: delivery, action: delete }'));
    const failed = findings.filter((f) => f.status === 'FAIL').map((f) => f.ruleId);
    expect(failed).not.toContain('PIPL-CODE-001');
    expect(failed).not.toContain('PIPL-CODE-003');
    expect(failed).not.toContain('PIPL-CODE-008');
    expect(failed.filter((id) => id.startsWith('PIPL-CODE'))).toEqual([]);
    const passed = (id: string) => rules.find((r) => r.id === id)?.counts.PASS;
    expect(passed('PIPL-CODE-001')).toBe(1);
    expect(passed('PIPL-CODE-003')).toBe(1);
    expect(passed('PIPL-CODE-008')).toBe(1);
    // RET-003 sees the job found in the code.
    expect(rules.find((r) => r.id === 'PIPL-RET-003')?.counts).toMatchObject({ FAIL: 0, PASS: 1 });
  });
});

describe('CLI: signing and encryption keys in code are findings, and never printed', () => {
  it('PIPL-CODE-010 fails on each hard-coded key; no output format holds a key in full', () => {
    const root = tempDir({
      'pipl-audit.yaml': 'version: 1\nmanifests: [manifest]\nsources:\n  - type: typescript\n    path: backend\n',
      'manifest/m.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - { id: waybills, kind: table, fields: [{ name: phone, category: contact.phone }] }\n',
    });
    const fixture = join(REPO_ROOT, 'tests/fixtures/typescript/keys');
    for (const f of ['package.json', 'src/config.ts', 'src/app.ts', 'src/auth/token.ts', 'src/auth/jwt.strategy.ts', 'src/auth/auth.module.ts', 'src/crypto/phone-cipher.ts']) {
      mkdirSync(dirname(join(root, 'backend', f)), { recursive: true });
      writeFileSync(join(root, 'backend', f), readFileSync(join(fixture, f)));
    }
    const outputs = ['json', 'sarif', 'html', 'markdown', 'csv', 'junit'].flatMap((format) => ['-f', format, '-o', join(root, `out.${format}`)]);
    const r = runCli(['audit', '.', '--lang', 'en', '--include-passed', ...outputs], { cwd: root });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'out.json'), 'utf8')) as { findings: Array<{ ruleId: string; status: string; members?: { count: number } }> };
    // Uses of one key (the same constant signing and verifying) are one finding listing each use: count the uses.
    const statuses = report.findings.filter((f) => f.ruleId === 'PIPL-CODE-010').flatMap((f) => Array<string>(f.members?.count ?? 1).fill(f.status)).sort();
    // The literal PHONE_IV (two uses) is not a key: no finding of its own beside PHONE_KEY's.
    expect(statuses).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'NOT_EVALUATED', 'PASS', 'PASS']);
    const texts = [r.stdout, r.stderr, ...['json', 'sarif', 'html', 'markdown', 'csv', 'junit'].map((f) => readFileSync(join(root, `out.${f}`), 'utf8'))];
    for (const secret of ['waybill@2021', 'nest-outlet-key', 'keyboard cat', 'changeme', '3f7a9c1e5b2d8f4a', 'a1b2c3d4e5f60718']) {
      for (const text of texts) expect(text).not.toContain(secret);
    }
  });
});
