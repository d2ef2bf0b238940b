// Baselines: after `baseline write`, an audit with --baseline lists only findings whose
// fingerprints are new, counts the rest as known, and gates only on the new; a baseline from an
// incompatible version is an input error.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../src/baseline/apply-baseline.js';
import { baselineOf } from '../src/baseline/baseline-document.js';
import { loadBaseline } from '../src/baseline/load-baseline.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { COURIER_BEFORE, courierReport } from './support/courier-report.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

function courierCopy(): string {
  const dir = tempDir({});
  cpSync(COURIER_BEFORE, dir, { recursive: true });
  return dir;
}

describe('baseline', () => {
  it('leaves out exactly the known fingerprints and counts them', async () => {
    const report = await courierReport();
    const document = baselineOf(report);
    const dropped = document.findings.find((f) => f.ruleId === 'PIPL-QRY-001');
    const dir = tempDir({ 'b.json': JSON.stringify({ ...document, findings: document.findings.filter((f) => f !== dropped) }) });
    const result = applyBaseline(report, loadBaseline('b.json', dir));
    expect(result.findings.map((f) => f.fingerprint)).toEqual([dropped?.fingerprint]);
    expect(result.baseline?.known).toBe(report.findings.length - 1);
    // The summary counts items: a grouped finding's every member is known with it.
    // (A finding's aspects — other rules' FAILs of the same cause — are items too.)
    const items = (f: (typeof report.findings)[number]) => (f.members?.count ?? 1) + (f.aspects?.length ?? 0);
    const listed = report.findings.find((f) => f.fingerprint === dropped?.fingerprint);
    const allItems = report.findings.reduce((n, f) => n + (f.status === 'PASS' || f.status === 'SUPPRESSED' ? 0 : items(f)), 0);
    expect(result.summary.counts.known).toBe(allItems - (listed ? items(listed) : 0));
    // The finding left out is listed with its aspects (other rules' FAILs on the same grant): their items are FAIL too.
    expect(result.summary.counts.FAIL).toBe(1 + (listed?.aspects?.length ?? 0));
    expect(result.summary.failedBySeverity).toMatchObject({ critical: 1, high: 0, medium: 0 });
  });

  it('end to end: baseline write, then only a newly introduced problem is listed and gates', async () => {
    const dir = courierCopy();
    const write = await runCliInProcess(['baseline', 'write', '.', '-o', 'baseline.json'], { cwd: dir });
    expect(write.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { baselineVersion: number; findings: unknown[] };
    expect(written.baselineVersion).toBe(2);
    const same = await runCliInProcess(['audit', '.', '--baseline', 'baseline.json', '-f', 'json'], { cwd: dir });
    expect(same.code).toBe(0);
    const sameReport = JSON.parse(same.stdout) as { findings: unknown[]; knownFindings: Array<{ aspects?: unknown[] }>; baseline: { known: number } };
    expect(sameReport.findings).toEqual([]);
    // The baseline records every aspect's fingerprint too; `known` counts findings.
    const aspects = sameReport.knownFindings.reduce((n, f) => n + (f.aspects?.length ?? 0), 0);
    expect(aspects).toBeGreaterThan(0);
    expect(sameReport.baseline.known + aspects).toBe(written.findings.length);

    // A new role that can look anyone up by phone number: one new critical finding family.
    const access = readFileSync(join(dir, 'access.yaml'), 'utf8').replace(
      '  - id: courier\n',
      '  - id: hotline-agent\n    name: { zh: 客服, en: Hotline agent }\n    kind: business\n    jobScope: assigned\n    grants:\n      - { interface: waybill-lookup, actions: [read], scope: any }\n  - id: courier\n',
    );
    writeFileSync(join(dir, 'access.yaml'), access);
    const changed = await runCliInProcess(['audit', '.', '--baseline', 'baseline.json', '-f', 'json'], { cwd: dir });
    expect(changed.code).toBe(1);
    const findings = (JSON.parse(changed.stdout) as { findings: Array<{ target: { key: string }; status: string }> }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.target.key).toMatch(/^hotline-agent>/);
    const text = await runCliInProcess(['audit', '.', '--baseline', 'baseline.json', '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toMatch(/baseline baseline\.json: \d+ known finding\(s\) not listed/);
  });

  it('end to end: the SARIF of a baseline run keeps known results as unchanged, and the gate counts only the new', async () => {
    const dir = courierCopy();
    expect((await runCliInProcess(['baseline', 'write', '.', '-o', 'baseline.json'], { cwd: dir })).code).toBe(0);
    const access = readFileSync(join(dir, 'access.yaml'), 'utf8').replace(
      '  - id: courier\n',
      '  - id: hotline-agent\n    name: { zh: 客服, en: Hotline agent }\n    kind: business\n    jobScope: assigned\n    grants:\n      - { interface: waybill-lookup, actions: [read], scope: any }\n  - id: courier\n',
    );
    writeFileSync(join(dir, 'access.yaml'), access);
    const run = await runCliInProcess(['audit', '.', '--baseline', 'baseline.json', '-f', 'sarif', '-o', 'out.sarif', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Array<{ fingerprint: string; baselineState: string }>; knownFindings: Array<{ fingerprint: string; baselineState: string }>; baseline: { known: number } };
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ baselineState: string; partialFingerprints: Record<string, string> }> }> };
    const results = sarif.runs[0]?.results ?? [];
    const state = new Map(results.map((r) => [Object.values(r.partialFingerprints)[0], r.baselineState]));
    expect(report.knownFindings.length).toBe(report.baseline.known);
    expect(report.knownFindings.length).toBeGreaterThan(0);
    expect(results).toHaveLength(report.findings.length + report.knownFindings.length);
    for (const f of report.knownFindings) expect(state.get(f.fingerprint)).toBe('unchanged');
    for (const f of report.findings) expect(state.get(f.fingerprint)).toBe(f.baselineState);
    expect(report.findings.some((f) => f.baselineState === 'new')).toBe(true);
    // The JSON report of a baseline run serves as a baseline: its known findings stay known.
    const again = await runCliInProcess(['audit', '.', '--baseline', 'report.json', '-f', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('accepts a JSON report as the baseline, and refuses another report version or kind of file with exit 2', async () => {
    const dir = courierCopy();
    const report = await courierReport();
    writeFileSync(join(dir, 'old.json'), JSON.stringify(report));
    // A JSON report knows its findings and the aspects folded into them, each by its own fingerprint.
    expect(loadBaseline('old.json', dir).fingerprints.size).toBe(report.findings.reduce((n, f) => n + 1 + (f.aspects?.length ?? 0), 0));
    writeFileSync(join(dir, 'v2.json'), JSON.stringify({ ...report, reportVersion: 2 }, null, 2));
    const v2 = await runCliInProcess(['audit', '.', '--baseline', 'v2.json', '-f', 'html', '-o', 'r.html'], { cwd: dir });
    expect(v2.code).toBe(2);
    expect(v2.stderr).toMatch(/v2\.json:2:\d+: error: \/reportVersion: report version 2 cannot serve as a baseline/);
    expect(readdirSync(dir)).not.toContain('r.html');
    writeFileSync(join(dir, 'other.json'), '{"hello": "world"}');
    expect(() => loadBaseline('other.json', dir)).toThrow(InputError);
    writeFileSync(join(dir, 'b9.json'), '{"baselineVersion": 9}');
    expect(() => loadBaseline('b9.json', dir)).toThrow(/baseline version 9 is not supported/);
    expect((await runCliInProcess(['audit', '.', '--baseline', 'missing.json'], { cwd: dir })).stderr).toContain('missing.json: error: baseline file not found');
  });
});
