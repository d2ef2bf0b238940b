// The SARIF output of the courier example validates against the official SARIF 2.1.0 schema
// (OASIS, vendored in schemas/vendor) and carries what code scanning needs: rules with help and
// basis, locations with line and column, our fingerprint, suppressions.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../src/baseline/apply-baseline.js';
import { applyExceptions } from '../src/exceptions/apply-exceptions.js';
import { gatingFailures } from '../src/findings/gate.js';
import type { AuditReport, ReportFinding } from '../src/report/report-schema.js';
import { GITHUB_SARIF_LIMITS, keepOrder } from '../src/report/sarif-limits.js';
import { FINGERPRINT_KEY, renderSarif } from '../src/report/sarif-reporter.js';
import { courierReport } from './support/courier-report.js';
import { REPO_ROOT } from './support/run-cli.js';

// Both packages are CommonJS; under ESM their classes arrive as the module's default.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (options: object) => Ajv;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/vendor/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: string;
  level: string;
  baselineState?: string;
  properties: { status: string; severity: string; relatedLocationsOmitted?: number };
  relatedLocations?: unknown[];
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } }; logicalLocations?: Array<{ fullyQualifiedName: string }> }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification: string }>;
}
interface SarifLog {
  version: string;
  runs: Array<{
    originalUriBaseIds?: Record<string, { uri: string }>;
    invocations: Array<{ toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; helpUri?: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: { tags: string[]; 'security-severity': string; basis: unknown[] } }> } };
    results: SarifResult[];
  }>;
}

const fingerprintOf = (r: SarifResult) => r.partialFingerprints[FINGERPRINT_KEY];
const notifications = (sarif: SarifLog) => sarif.runs[0]?.invocations[0]?.toolExecutionNotifications?.map((n) => n.message.text) ?? [];

/** The courier report with its findings copied `times` over (distinct fingerprints), messages made incompressible if asked. */
function inflated(report: AuditReport, times: number, noise = 0): AuditReport {
  const findings: ReportFinding[] = [];
  for (let i = 0; i < times; i++) {
    for (const f of report.findings) {
      const pad = noise > 0 ? ` ${randomBytes(noise).toString('base64')}` : '';
      findings.push({ ...f, fingerprint: `${i.toString(16).padStart(8, '0')}${f.fingerprint.slice(8)}`, message: { zh: f.message.zh + pad, en: f.message.en + pad } });
    }
  }
  return { ...report, findings };
}

describe('SARIF reporter', () => {
  it('renders the courier example as SARIF that the official 2.1.0 schema accepts', async () => {
    const report = await courierReport();
    const text = renderSarif(report, { lang: 'en' });
    const sarif = JSON.parse(text) as SarifLog;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    // Results are serialised one at a time, yet the whole is formatted as one JSON.stringify would.
    expect(text).toBe(JSON.stringify(sarif, null, 2) + '\n');
    const empty = renderSarif({ ...report, findings: [] }, { lang: 'en' });
    expect(empty).toBe(JSON.stringify(JSON.parse(empty), null, 2) + '\n');
    expect(validate(JSON.parse(empty))).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run?.tool.driver.version).toBe(report.tool.version);
    expect(run?.results).toHaveLength(report.findings.length);
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(report.rules.map((r) => r.id));
  });

  it('the schema check can fail: a result without a message is rejected', async () => {
    const sarif = JSON.parse(renderSarif(await courierReport(), { lang: 'en' })) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete sarif.runs[0]?.results[0]?.message;
    expect(validate(sarif)).toBe(false);
  });

  it('points QRY-001 at the grant scope by line and column, with our fingerprint and a severity-derived level', async () => {
    const report = await courierReport();
    const finding = report.findings.find((f) => f.ruleId === 'PIPL-QRY-001');
    const sarif = JSON.parse(renderSarif(report, { lang: 'en' })) as SarifLog;
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'PIPL-QRY-001');
    const rule = sarif.runs[0]?.tool.driver.rules[result?.ruleIndex ?? -1];
    expect(rule?.id).toBe('PIPL-QRY-001');
    expect(result?.kind).toBe('fail');
    expect(result?.level).toBe('error');
    expect(rule?.properties['security-severity']).toBe('9.5');
    expect(rule?.properties.tags).toContain('query-rights');
    expect(rule?.properties.basis.length).toBeGreaterThan(0);
    expect(rule?.help.markdown).toContain('PIPL Art. 51(4)');
    expect(rule?.help.markdown).toMatch(/[\u4e00-\u9fff]/); // bilingual help
    const location = result?.locations[0];
    expect(location?.physicalLocation.artifactLocation.uri).toBe(finding?.evidence[0]?.file);
    expect(location?.physicalLocation.artifactLocation.uri).toMatch(/^examples\/courier\/before\/./);
    expect(location?.physicalLocation.region?.startLine).toBe(finding?.evidence[0]?.line);
    expect(location?.physicalLocation.region?.startColumn).toBe(finding?.evidence[0]?.column);
    expect(location?.logicalLocations?.[0]?.fullyQualifiedName).toBe(finding?.evidence[0]?.pointer);
    expect(result?.partialFingerprints[FINGERPRINT_KEY]).toBe(finding?.fingerprint);
    const manual = sarif.runs[0]?.results.find((r) => r.ruleId === 'PIPL-EXP-003');
    expect(manual?.kind).toBe('review');
    expect(manual?.level).toBe('none');
  });

  it('keeps a suppressed finding with its suppressions entry, and stays valid', async () => {
    const report = await courierReport();
    const suppressed = applyExceptions(report, [
      { id: 'EX-1', file: 'pipl-audit.exceptions.yaml', line: 3, rule: 'PIPL-QRY-001', target: 'outlet-supervisor>waybill-lookup', reason: 'being rebuilt', approver: 'CISO', reference: 'CHG-42', expires: '2099-01-01' },
    ]);
    const sarif = JSON.parse(renderSarif(suppressed, { lang: 'zh' })) as SarifLog;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(report.findings.length);
    const withSuppression = results.filter((r) => r.suppressions && r.suppressions.length > 0);
    expect(withSuppression.map((r) => r.ruleId)).toEqual(['PIPL-QRY-001']);
    expect(withSuppression[0]?.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    expect(withSuppression[0]?.suppressions?.[0]?.justification).toContain('CHG-42');
    expect(withSuppression[0]?.kind).toBe('fail');
  });

  it('with a baseline, keeps known results as unchanged and marks the others new; the gate counts only the new', async () => {
    const report = await courierReport();
    const fresh = report.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL');
    // A baseline written from this report knows every other finding and the aspects folded into it.
    const known = new Set(report.findings.filter((f) => f !== fresh).flatMap((f) => [f.fingerprint, ...(f.aspects ?? []).map((a) => a.fingerprint)]));
    const applied = applyBaseline(report, { file: 'b.json', sha256: '0'.repeat(64), fingerprints: known, systemId: report.system?.id ?? null });
    // The other formats list only the new finding; SARIF keeps every result.
    expect(applied.findings.map((f) => f.fingerprint)).toEqual([fresh?.fingerprint]);
    expect(gatingFailures(applied.findings as never, 'high')).toBe(1);
    const sarif = JSON.parse(renderSarif(applied, { lang: 'en' })) as SarifLog;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(report.findings.length);
    // §3.27.24: present on one result, present on all.
    expect(results.every((r) => r.baselineState !== undefined)).toBe(true);
    expect(results.filter((r) => r.baselineState === 'new').map(fingerprintOf)).toEqual([fresh?.fingerprint]);
    expect(results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(report.findings.length - 1);
    // Without a baseline there is no baseline state at all.
    expect((JSON.parse(renderSarif(report, { lang: 'en' })) as SarifLog).runs[0]?.results.some((r) => r.baselineState)).toBe(false);
  });

  it('NOT_EVALUATED is kind open and MANUAL kind review, both level none (SARIF 3.27.9, 3.27.10)', async () => {
    const report = await courierReport();
    const sarif = JSON.parse(renderSarif(report, { lang: 'en' })) as SarifLog;
    const results = sarif.runs[0]?.results ?? [];
    const byStatus = (status: string) => results.filter((r) => r.properties.status === status);
    expect(byStatus('NOT_EVALUATED').length).toBeGreaterThan(0);
    for (const r of byStatus('NOT_EVALUATED')) expect([r.kind, r.level]).toEqual(['open', 'none']);
    for (const r of byStatus('MANUAL')) expect([r.kind, r.level]).toEqual(['review', 'none']);
    for (const r of byStatus('FAIL')) expect(r.kind).toBe('fail');
  });

  it('links every shipped rule to its page in docs/rules and the tool to its home, under package.json\'s homepage', async () => {
    const homepage = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { homepage: string }).homepage;
    const sarif = JSON.parse(renderSarif(await courierReport(), { lang: 'en' })) as SarifLog;
    const driver = sarif.runs[0]?.tool.driver;
    expect(driver?.informationUri).toBe(homepage);
    expect(driver?.rules.length).toBeGreaterThan(0);
    for (const rule of driver?.rules ?? []) {
      expect(rule.helpUri).toBe(`${homepage}docs/rules/${rule.id}.md`);
      expect(readFileSync(join(REPO_ROOT, 'docs/rules', `${rule.id}.md`), 'utf8')).toContain(rule.id);
    }
  });

  it('links under the report\'s own documentation base when the project or command line set one', async () => {
    const base = 'https://git.example.com/tools/pipl-audit/blob/v0.1.0/';
    const report = await courierReport();
    const sarif = JSON.parse(renderSarif({ ...report, tool: { ...report.tool, documentation: base } }, { lang: 'en' })) as SarifLog;
    const driver = sarif.runs[0]?.tool.driver;
    expect(driver?.informationUri).toBe(base);
    expect(driver?.rules.every((r) => r.helpUri === `${base}docs/rules/${r.id}.md`)).toBe(true);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('with exceptions applied, every result says whether it is suppressed (all or none, 3.27.23)', async () => {
    const report = applyExceptions(await courierReport(), []);
    const results = (JSON.parse(renderSarif(report, { lang: 'en' })) as SarifLog).runs[0]?.results ?? [];
    expect(results.every((r) => Array.isArray(r.suppressions))).toBe(true);
  });

  it('makes URIs relative to the SARIF root, declared in originalUriBaseIds, from any working directory', async () => {
    const report = await courierReport();
    const root = { dir: join(REPO_ROOT, 'examples'), cwd: REPO_ROOT };
    const sarif = JSON.parse(renderSarif(report, { lang: 'en', root })) as SarifLog;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const base = sarif.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri;
    expect(base).toMatch(/^file:\/\/\/.*\/examples\/$/);
    const uri = sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    expect(uri?.uriBaseId).toBe('%SRCROOT%');
    expect(uri?.uri).toMatch(/^courier\/before\//);
    expect(new URL(uri?.uri ?? '', base).pathname).toBe(new URL(`file://${join(REPO_ROOT, report.findings[0]?.evidence[0]?.file ?? '')}`).pathname);
    // The same report rendered from another directory gives the same URIs.
    const elsewhere = { ...report, findings: report.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, file: `../${e.file}` })) })) };
    const again = JSON.parse(renderSarif(elsewhere, { lang: 'en', root: { dir: root.dir, cwd: join(REPO_ROOT, 'src') } })) as SarifLog;
    expect(again.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation));
    // A file outside the root: an absolute file URI, without a base.
    const outside = JSON.parse(renderSarif(report, { lang: 'en', root: { dir: join(REPO_ROOT, 'src'), cwd: REPO_ROOT } })) as SarifLog;
    const far = outside.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    expect(far?.uriBaseId).toBeUndefined();
    expect(far?.uri).toMatch(/^file:\/\/\/.*\/examples\/courier\/before\//);
  });

  it('keeps the most severe results within the results limit and says what was left out', async () => {
    const report = await courierReport();
    const sarif = JSON.parse(renderSarif(report, { lang: 'en', limits: { resultsPerRun: 10 } })) as SarifLog;
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(10);
    const expected = keepOrder(report.findings).slice(0, 10).map((i) => report.findings[i]?.fingerprint);
    expect(new Set(results.map(fingerprintOf))).toEqual(new Set(expected));
    expect(results.every((r) => r.properties.status === 'FAIL' && r.properties.severity === 'critical')).toBe(true);
    const notice = notifications(sarif).find((t) => t.includes('left out'));
    expect(notice).toContain(`of ${report.findings.length} results the 10 most severe are kept and ${report.findings.length - 10} left out`);
    expect(notice).toContain('NOT EVALUATED');
  });

  it('stays within the compressed size limit however incompressible the results are', async () => {
    const report = inflated(await courierReport(), 20, 600);
    const limit = 150_000;
    const text = renderSarif(report, { lang: 'en', limits: { compressedBytes: limit } });
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    const sarif = JSON.parse(text) as SarifLog;
    expect(validate(sarif)).toBe(true);
    const kept = sarif.runs[0]?.results.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(report.findings.length);
    expect(notifications(sarif).some((t) => t.includes(`${report.findings.length - kept} left out`))).toBe(true);
  });

  it('holds at most 25,000 results per run at the real limits, within 10 MB compressed', async () => {
    const report = inflated(await courierReport(), Math.ceil(26_000 / (await courierReport()).findings.length));
    const text = renderSarif(report, { lang: 'en' });
    const sarif = JSON.parse(text) as SarifLog;
    expect(sarif.runs[0]?.results).toHaveLength(GITHUB_SARIF_LIMITS.resultsPerRun);
    expect(gzipSync(text).length).toBeLessThanOrEqual(GITHUB_SARIF_LIMITS.compressedBytes);
    // Every FAIL is kept; what is left out could not be evaluated or is a manual check.
    const fails = report.findings.filter((f) => f.status === 'FAIL').length;
    expect(fails).toBeLessThan(GITHUB_SARIF_LIMITS.resultsPerRun);
    expect(sarif.runs[0]?.results.filter((r) => r.properties.status === 'FAIL')).toHaveLength(fails);
  });

  it('cuts related locations to the per-result limit and says so in the result and the run', async () => {
    const report = structuredClone(await courierReport());
    const group = report.findings.find((f) => f.members && f.members.count > 1);
    if (!group?.members) throw new Error('the courier report has a grouped finding');
    const total = group.members.items.reduce((n, m) => n + m.evidence.length, 0) + group.evidence.length - 1;
    const sarif = JSON.parse(renderSarif(report, { lang: 'en', limits: { locationsPerResult: 2 } })) as SarifLog;
    expect(validate(sarif)).toBe(true);
    const result = sarif.runs[0]?.results.find((r) => fingerprintOf(r) === group.fingerprint);
    expect(result?.relatedLocations).toHaveLength(2);
    expect(result?.properties.relatedLocationsOmitted).toBe(total - 2);
    expect(result?.message.text).toContain(`${total - 2} more locations in the JSON report`);
    expect(notifications(sarif).some((t) => t.includes('more than 2 related locations'))).toBe(true);
  });
});
