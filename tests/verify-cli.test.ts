// `pipl-audit verify`, `evidence keygen|check` and `audit --evidence`, run in-process
// (tests/support/run-cli-in-process.ts) except a few spawned end to end as a user runs them (verify
// with -f json and its exit codes 0 and 1, verify writing Markdown/HTML/JSON files, evidence
// keygen and check, audit --evidence), on reports the CLI itself printed (each example audited once for the whole test
// run, see tests/support/shared-results.ts) and saved here. Needs a build (npm test builds first).
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../src/schema/ajv-instance.js';
import { recordIdOf } from '../src/evidence/record-id.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { sharedCli } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const CASES = ['courier', 'hospital', 'brokerage', 'gym'] as const;
const dir = tempDir({});
const report = (c: string, side: string) => join(dir, `${c}-${side}.json`);

beforeAll(async () => {
  for (const c of CASES) {
    for (const side of ['before', 'after']) {
      const r = await sharedCli(['audit', `examples/${c}/${side}`, '-f', 'json', '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
      writeFileSync(report(c, side), r.stdout);
    }
  }
});

interface ResultJson {
  items: Array<{ number: number; status: string; reasons: Array<{ en: string }> }>;
  summary: { passed: boolean };
}

describe('pipl-audit verify', () => {
  for (const c of CASES) {
    it(`${c}: every item FIXED on before/after (exit 0), NOT_FIXED on before/before (exit 1)`, async () => {
      const rec = `examples/${c}/recommendation.yaml`;
      // One case spawned as a user runs it, the rest in-process.
      const run = c === 'courier' ? async (args: string[]) => runCli(args) : runCliInProcess;
      const fixed = await run(['verify', '--recommendation', rec, '--before', report(c, 'before'), '--after', report(c, 'after'), '-f', 'json']);
      expect(fixed.code, fixed.stderr).toBe(0);
      const fixedItems = (JSON.parse(fixed.stdout) as ResultJson).items;
      expect(fixedItems.length).toBeGreaterThan(0);
      expect(fixedItems.map((i) => i.status)).toEqual(fixedItems.map(() => 'FIXED'));

      const same = await run(['verify', '--recommendation', rec, '--before', report(c, 'before'), '--after', report(c, 'before'), '-f', 'json']);
      expect(same.code).toBe(1);
      const sameItems = (JSON.parse(same.stdout) as ResultJson).items;
      expect(sameItems.map((i) => i.status)).toEqual(sameItems.map(() => 'NOT_FIXED'));
    });
  }

  it('writes the acceptance report in Chinese by default, as Markdown and offline HTML, byte-identical across runs', async () => {
    // The evidence record may only name files inside the folder it is written in: the case is
    // verified from a working folder that holds it, as a prosecutor's case folder would.
    const out = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/courier'), join(out, 'examples/courier'), { recursive: true });
    copyFileSync(report('courier', 'before'), join(out, 'courier-before.json'));
    const args = ['verify', '--recommendation', 'examples/courier/recommendation.yaml', '--before', 'courier-before.json', '--after', 'examples/courier/after'];
    const outputs = ['-f', 'markdown', '-o', 'a.md', '-f', 'html', '-o', 'a.html', '-f', 'json', '-o', 'a.json'];
    const first = runCli([...args, ...outputs], { cwd: out });
    expect(first.code, first.stderr).toBe(0);
    const written = Object.fromEntries(['a.md', 'a.html', 'a.json'].map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    const md = written['a.md'] ?? '';
    expect(md).toMatch(/^# 整改验收报告/);
    expect(md).toContain('| 建议机关 | 深圳市宝安区人民检察院 |');
    expect(md).toContain('### 第 1 项　已整改');
    // After evidence for the query-rights item: the supervisor's grant, read from the Casbin policy.
    expect(md).toMatch(/`[^`]*examples\/courier\/after\/casbin\/policy\.csv:\d+:\d+ \/line\/\d+\/scope`/);
    expect(md).toContain('## 三、仍未了结事项');
    expect(md).toContain('## 四、证据记录摘要');
    const html = written['a.html'] ?? '';
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<td class="status RESOLVED nowrap"><span class="result">已消除</span></td>');
    // Evidence paths wrap only after '/' and before ':'; the page is A4 with page numbers.
    expect(html).toMatch(/<code class="path">examples\/<wbr>courier\/<wbr>after\/<wbr>casbin\/<wbr>policy\.csv<wbr>:\d+<wbr>:\d+/);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('counter(page) " / " counter(pages)');
    expect(html).toMatch(/<div class="verdict PASSED_WITH_RESERVATIONS" role="status"><div class="verdict-text">核查通过（有保留）<\/div>/);
    for (const w of ['核查人员', '复核人', '日期', '签章']) expect(html).toContain(`<th>${w}</th>`);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:\/\//i);
    const validate = createAjv().compile(JSON.parse((await runCliInProcess(['schema', 'verify'])).stdout) as object);
    expect(validate(JSON.parse(written['a.json'] ?? '')), JSON.stringify(validate.errors)).toBe(true);
    expect(written['a.json']).not.toMatch(/"timestamp"/);

    // The same command again: the same bytes, evidence record included.
    expect((await runCliInProcess([...args, ...outputs], { cwd: out })).code).toBe(0);
    for (const f of ['a.md', 'a.html', 'a.json']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(written[f]);
    expect(readdirSync(out).sort()).toEqual(['a.html', 'a.json', 'a.md', 'courier-before.json', 'examples']);

    const english = await runCliInProcess([...args, '-f', 'markdown', '--lang', 'en'], { cwd: out });
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^# Rectification acceptance report/);
    expect(english.stdout).toContain('### Item 1　FIXED');
  });

  it('without a recommendation compares by fingerprint and gates on new findings', async () => {
    const back = await runCliInProcess(['verify', '--before', report('courier', 'after'), '--after', report('courier', 'before'), '--lang', 'en']);
    expect(back.code).toBe(1);
    expect(back.stdout).toMatch(/^ {2}NEW CRITICAL PIPL-QRY-001 outlet-supervisor → waybill-lookup {2}examples\/courier\/before\/casbin\/policy\.csv:2$/m);
    const forward = await runCliInProcess(['verify', '--before', report('courier', 'before'), '--after', report('courier', 'after'), '--lang', 'en']);
    expect(forward.code).toBe(0);
    expect(forward.stdout).toMatch(/0 new, 0 regressed, \d+ resolved, 0 unchanged/);
  });

  it('exit 2 naming the item for an unknown rule; naming the file for another reportVersion or tool version', async () => {
    const bad = tempDir({
      'rec.yaml': 'recommendationVersion: 1\nissuer: { zh: 某 }\nreference: R1\naddressee: { zh: 某 }\nissued: 2022-01-01\nitems:\n  - number: 3\n    text: { zh: x }\n    requires: { rules: [PIPL-QRY-099] }\n',
      'v2.json': readFileSync(report('courier', 'before'), 'utf8').replace('"reportVersion": 1', '"reportVersion": 2'),
      'old.json': readFileSync(report('courier', 'before'), 'utf8').replace(/"version": "[^"]+"/, '"version": "0.0.1"'),
    });
    const unknownRule = await runCliInProcess(['verify', '--recommendation', 'rec.yaml', '--before', report('courier', 'before'), '--after', report('courier', 'after')], { cwd: bad });
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('rec.yaml:9:25: error: /items/0/requires/rules/0: item 3 names rule "PIPL-QRY-099", which is not a rule of the packs in use');
    const v2 = await runCliInProcess(['verify', '--before', 'v2.json', '--after', report('courier', 'after')], { cwd: bad });
    expect(v2.code).toBe(2);
    expect(v2.stderr).toMatch(/^v2\.json:2:\d+: error: \/reportVersion: report has reportVersion 2; this pipl-audit [\d.]+ reads reportVersion 1/m);
    const old = await runCliInProcess(['verify', '--before', 'old.json', '--after', report('courier', 'after')], { cwd: bad });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('report was written by pipl-audit 0.0.1');
    const malformed = await runCliInProcess(['verify', '--recommendation', 'v2.json', '--before', report('courier', 'before'), '--after', report('courier', 'after')], { cwd: bad });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/v2\.json:\d+:\d+: error: .*missing required key "recommendationVersion"|unknown key/);
  });
});

describe('evidence records', () => {
  it('binds the printed acceptance report to the record: the record hashes the rendered files, the report prints the record id', async () => {
    const work = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/courier/recommendation.yaml'), join(work, 'recommendation.yaml'));
    cpSync(report('courier', 'before'), join(work, 'before.json'));
    cpSync(report('courier', 'after'), join(work, 'after.json'));
    expect(runCli(['evidence', 'keygen', 'signer'], { cwd: work }).code).toBe(0);
    const v = await runCliInProcess(['verify', '--recommendation', 'recommendation.yaml', '--before', 'before.json', '--after', 'after.json', '--evidence', 'evidence.json', '--sign-key', 'signer.key', '-o', 'acceptance.html', '-o', 'acceptance.md', '-o', 'result.json'], { cwd: work });
    expect(v.code, v.stderr).toBe(0);
    const record = JSON.parse(readFileSync(join(work, 'evidence.json'), 'utf8')) as { id: string; outputs: Array<{ path: string }> } & Record<string, unknown>;
    expect(record.outputs.map((o) => o.path).sort()).toEqual(['acceptance.html', 'acceptance.md', 'result.json']);
    // The id is recomputable from the record's own members, and the same in the embedded record.
    expect(record.id).toBe(recordIdOf(record as unknown as Parameters<typeof recordIdOf>[0]));
    const embedded = (JSON.parse(readFileSync(join(work, 'result.json'), 'utf8')) as { evidence: { id: string } }).evidence;
    expect(embedded.id).toBe(record.id);
    const html = readFileSync(join(work, 'acceptance.html'), 'utf8');
    expect(html).toContain(`<code>${record.id}</code>`);
    expect(readFileSync(join(work, 'acceptance.md'), 'utf8')).toContain(record.id);
    expect((await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work })).code).toBe(0);
    // One changed byte of the rendered report and the record no longer checks out.
    writeFileSync(join(work, 'acceptance.html'), html.replace('整改验收报告', '整改验收報告'));
    const changed = await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/CHANGED.*acceptance\.html/);
  });

  it('a signed record checks out; one changed byte names the file, expected and actual hash', async () => {
    // Copies of the after/ manifests, so that one can be tampered with.
    const work = tempDir({});
    const after = join(work, 'after');
    cpSync(join(REPO_ROOT, 'examples/courier/after'), after, { recursive: true });
    expect((await runCliInProcess(['evidence', 'keygen', 'signer'], { cwd: work })).code).toBe(0);
    expect((await runCliInProcess(['evidence', 'keygen', 'other'], { cwd: work })).code).toBe(0);
    expect((await runCliInProcess(['evidence', 'keygen', 'signer'], { cwd: work })).code).toBe(2); // never overwrites a key

    // A record names only files inside its folder: the recommendation and the before report are copied in.
    cpSync(join(REPO_ROOT, 'examples/courier/recommendation.yaml'), join(work, 'recommendation.yaml'));
    cpSync(report('courier', 'before'), join(work, 'before.json'));
    const v = await runCliInProcess(['verify', '--recommendation', 'recommendation.yaml', '--before', 'before.json', '--after', 'after', '--evidence', 'evidence.json', '--sign-key', 'signer.key', '-o', 'result.json'], { cwd: work });
    expect(v.code, v.stderr).toBe(0);
    const ok = runCli(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^signature: VALID/);
    expect(ok.stdout).toMatch(/^OK +after source after\/access\.yaml$/m);
    expect((await runCliInProcess(['evidence', 'check', 'result.json', '--public-key', 'signer.pub'], { cwd: work })).code).toBe(0);
    // Without a trusted key nothing is verified.
    expect((await runCliInProcess(['evidence', 'check', 'result.json'], { cwd: work })).code).toBe(1);

    const wrongKey = await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'other.pub'], { cwd: work });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toMatch(/^signature: KEY_MISMATCH/);

    const record = JSON.parse(readFileSync(join(work, 'evidence.json'), 'utf8')) as { parameters: Record<string, unknown> };
    record.parameters.failOn = 'none';
    writeFileSync(join(work, 'forged.json'), JSON.stringify(record, null, 2));
    const forged = await runCliInProcess(['evidence', 'check', 'forged.json', '--public-key', 'signer.pub'], { cwd: work });
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/^signature: INVALID — the signature does not match the record's content/);

    const file = join(after, 'data.yaml');
    const bytes = readFileSync(file);
    const original = bytes.toString('hex');
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const tampered = await runCliInProcess(['evidence', 'check', 'evidence.json', '--public-key', 'signer.pub'], { cwd: work });
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^CHANGED +after source after\/data\.yaml\n +expected sha256 [0-9a-f]{64}\n +actual +sha256 [0-9a-f]{64}$/m);
    expect(tampered.stdout.match(/^CHANGED/gm)).toHaveLength(1);
    expect(original).not.toBe(bytes.toString('hex'));

    writeFileSync(join(work, 'broken.json'), '{"evidenceVersion": 1, "tool": {}}');
    const broken = await runCliInProcess(['evidence', 'check', 'broken.json'], { cwd: work });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+: error/);
  });

  it('audit --evidence records inputs and packs, byte-identical unless --timestamp', async () => {
    const work = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/gym/before'), join(work, 'gym'), { recursive: true });
    const args = ['audit', 'gym', '--fail-on', 'none'];
    expect(runCli([...args, '--evidence', 'e1.json'], { cwd: work }).code).toBe(0);
    expect((await runCliInProcess([...args, '--evidence', 'e2.json'], { cwd: work })).code).toBe(0);
    const e1 = readFileSync(join(work, 'e1.json'), 'utf8');
    expect(e1.replace('e1.json', 'e2.json')).toBe(readFileSync(join(work, 'e2.json'), 'utf8'));
    const record = JSON.parse(e1) as { inputs: Array<{ path: string; kind: string }>; packs: Array<{ name: string; hash: string }>; timestamp?: string };
    expect(record.inputs.map((i) => i.path)).toContain('gym/data.yaml');
    expect(record.packs.map((p) => p.name)).toEqual(['core', 'venue']);
    expect(record.timestamp).toBeUndefined();
    // Unsigned: the files re-hash as recorded, but without a trusted key that proves nothing.
    const unsigned = await runCliInProcess(['evidence', 'check', 'e1.json'], { cwd: work });
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toContain('e1.json: UNSIGNED / NOT VERIFIED');
    await runCliInProcess([...args, '--evidence', 'e3.json', '--timestamp'], { cwd: work });
    expect((JSON.parse(readFileSync(join(work, 'e3.json'), 'utf8')) as { timestamp?: string }).timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

