// The SARIF output of the courier example validates against the official SARIF 2.1.0 schema
// (OASIS, vendored in schemas/vendor) and carries what code scanning needs: rules with help and
// basis, locations with line and column, our fingerprint, suppressions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { applyExceptions } from '../src/exceptions/apply-exceptions.js';
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
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } }; logicalLocations?: Array<{ fullyQualifiedName: string }> }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification: string }>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: { tags: string[]; 'security-severity': string; basis: unknown[] } }> } }; results: SarifResult[] }>;
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
    const withSuppression = results.filter((r) => r.suppressions);
    expect(withSuppression.map((r) => r.ruleId)).toEqual(['PIPL-QRY-001']);
    expect(withSuppression[0]?.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    expect(withSuppression[0]?.suppressions?.[0]?.justification).toContain('CHG-42');
    expect(withSuppression[0]?.kind).toBe('fail');
  });
});
