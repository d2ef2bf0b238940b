// Issue 10, item 7: an evidence record proves something only when checked against a trusted key,
// binds every output the run wrote, and points only inside its own folder.
// The runs are in-process (tests/support/run-cli-in-process.ts): the records and checks are the
// subject, not the process.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signRecord, readPrivateKey } from '../../src/evidence/sign-record.js';
import type { EvidenceRecord } from '../../src/evidence/evidence-record-schema.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { tempDir } from '../support/temp-dir.js';

let work: string;
beforeAll(async () => {
  // The audited files lie inside the working directory, as a record must be able to name them.
  work = tempDir({});
  cpSync(join(REPO_ROOT, 'examples/gym/before'), join(work, 'gym'), { recursive: true });
  for (const name of ['signer', 'mallory']) expect((await runCliInProcess(['evidence', 'keygen', name], { cwd: work })).code).toBe(0);
  const run = await runCliInProcess(['audit', 'gym', '--fail-on', 'none', '-f', 'json', '-o', 'report.json', '-f', 'sarif', '-o', 'report.sarif', '--evidence', 'evidence.json', '--sign-key', 'signer.key'], { cwd: work });
  expect(run.code, run.stderr).toBe(0);
});

const record = () => JSON.parse(readFileSync(join(work, 'evidence.json'), 'utf8')) as EvidenceRecord;

describe('evidence check needs a trusted key', () => {
  it('with the signer’s key the record is intact; without a key it is NOT VERIFIED and exits 1', async () => {
    const ok = await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^signature: VALID/);
    const noKey = await runCliInProcess(['evidence', 'check', 'evidence.json'], { cwd: work });
    expect(noKey.code).toBe(1);
    expect(noKey.stdout).toMatch(/^signature: NOT_VERIFIED — signature not verified against a trusted key/);
    expect(noKey.stdout).toContain('evidence.json: UNSIGNED / NOT VERIFIED');
  });

  it('a record altered and re-signed with another key, or stripped of its signature, does not pass', async () => {
    const forged = { ...record(), parameters: { ...record().parameters, failOn: 'critical' } };
    const { signature: _s, ...unsigned } = forged;
    writeFileSync(join(work, 'resigned.json'), JSON.stringify(signRecord(unsigned, readPrivateKey(readFileSync(join(work, 'mallory.key'), 'utf8'))), null, 2));
    writeFileSync(join(work, 'stripped.json'), JSON.stringify(unsigned, null, 2));
    for (const name of ['resigned.json', 'stripped.json']) {
      const withoutKey = await runCliInProcess(['evidence', 'check', name], { cwd: work });
      expect(withoutKey.code, name).toBe(1);
      expect(withoutKey.stdout, name).toMatch(/NOT VERIFIED/);
      const withKey = await runCliInProcess(['evidence', 'check', name, '--public-key', 'signer.pub'], { cwd: work });
      expect(withKey.code, name).toBe(1);
      expect(withKey.stdout, name).toMatch(/^signature: (KEY_MISMATCH|INVALID)/);
    }
  });
});

describe('the record binds the outputs the run wrote', () => {
  it('lists each output file with the hash of its bytes; deleting a FAIL from report.json is caught', async () => {
    const outputs = record().outputs ?? [];
    expect(outputs.map((o) => [o.path, o.format])).toEqual([
      ['report.json', 'json'],
      ['report.sarif', 'sarif'],
    ]);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { findings: Array<{ status: string }> };
    const fails = report.findings.filter((f) => f.status === 'FAIL').length;
    expect(fails).toBeGreaterThan(0);
    const original = readFileSync(join(work, 'report.json'));
    writeFileSync(join(work, 'report.json'), JSON.stringify({ ...report, findings: report.findings.filter((f) => f.status !== 'FAIL') }, null, 2));
    try {
      const check = await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work });
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(/^CHANGED +output json report\.json$/m);
    } finally {
      writeFileSync(join(work, 'report.json'), original);
    }
  });
});

describe('a record points only inside its own folder', () => {
  const variants: Array<[string, (r: EvidenceRecord) => EvidenceRecord, RegExp]> = [
    ['baseDir /', (r) => ({ ...r, baseDir: '/' }), /\/baseDir: baseDir "\/" leaves the folder of the evidence record/],
    ['baseDir ..', (r) => ({ ...r, baseDir: '..' }), /\/baseDir: baseDir "\.\." leaves the folder/],
    ['absolute input', (r) => ({ ...r, inputs: r.inputs.map((i, n) => (n === 0 ? { ...i, path: '/etc/passwd' } : i)) }), /\/inputs\/0\/path: input path "\/etc\/passwd" leaves the record's base folder/],
    ['.. input', (r) => ({ ...r, inputs: r.inputs.map((i, n) => (n === 0 ? { ...i, path: 'gym/../../x' } : i)) }), /\/inputs\/0\/path: input path "gym\/\.\.\/\.\.\/x" leaves/],
    ['.. output', (r) => ({ ...r, outputs: [{ path: '../report.json', sha256: '0'.repeat(64), format: 'json' }] }), /\/outputs\/0\/path: output path "\.\.\/report\.json" leaves/],
  ];
  for (const [name, change, message] of variants) {
    it(`refuses ${name} with exit 2`, async () => {
      const { signature: _s, ...unsigned } = change(record());
      writeFileSync(join(work, 'moved.json'), JSON.stringify(signRecord(unsigned, readPrivateKey(readFileSync(join(work, 'signer.key'), 'utf8'))), null, 2));
      const check = await runCliInProcess(['evidence', 'check', 'moved.json', '--public-key', 'signer.pub'], { cwd: work });
      expect(check.code).toBe(2);
      expect(check.stderr).toMatch(message);
    });
  }

  it('audit --evidence refuses, before writing anything, a record in a folder that does not hold the audited files', async () => {
    const dir = tempDir({ 'out/.keep': '' });
    const run = await runCliInProcess(['audit', join(REPO_ROOT, 'examples/gym/before'), '--fail-on', 'none', '-f', 'json', '-o', 'out/r.json', '--evidence', 'out/e.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('out/e.json: error: /baseDir: baseDir ".." leaves the folder of the evidence record');
    expect(run.stderr).toMatch(/out\/e\.json: error: \/inputs\/\d+\/path: input path "\/.*examples\/gym\/before\/data\.yaml" leaves the record's base folder/);
    expect(() => readFileSync(join(dir, 'out/r.json'))).toThrow();
  });
});
