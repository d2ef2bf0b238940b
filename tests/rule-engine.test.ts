// The rule engine on a pack of its own: parameters and their overrides, profile switches,
// NOT_EVALUATED when facts are missing, evidence lines, fingerprints that survive edits.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { tempDir } from './support/temp-dir.js';

const PACK = {
  'pack/pack.yaml': 'name: test-pack\nversion: 0.0.1\ntitle: { zh: 测试, en: Test }\n',
  'pack/T-LEN-001.yaml': `id: T-LEN-001
title: { zh: 口令长度, en: Password length }
theme: credentials
severity: high
basis: [{ instrument: GB/T 22239-2019, provision: 8.1.4.1, kind: national-standard, verified: false }]
view: credential-policy
needs: [/policy/minLength]
require:
  properties:
    policy:
      properties:
        minLength: { minimum: { $param: minLength } }
        rotationDays:
          $switch:
            param: profile
            cases:
              cn-mlps: { type: integer, maximum: 90 }
              nist: {}
params:
  minLength: { default: 8, description: { zh: 最短长度, en: minimum length }, schema: { type: integer, minimum: 1 } }
  profile: { default: cn-mlps, description: { zh: 口令策略标准, en: profile }, schema: { enum: [cn-mlps, nist] } }
message: { zh: "策略 {policy.id} 最短 {policy.minLength} 位", en: "Policy {policy.id} allows {policy.minLength} characters (minimum {param.minLength})" }
remediation: { zh: 加长, en: Make it longer }
`,
};

const MANIFEST = `apiVersion: pipl-audit/v1
credentialPolicies:
  - id: weak
    minLength: 6
    rotationDays: none
  - id: nist-style
    minLength: 12
    rotationDays: none
  - id: unstated
`;

function run(files: Record<string, string>, options: { params?: Record<string, unknown>; disable?: string[] } = {}) {
  const dir = tempDir({ ...PACK, ...files });
  return audit({ paths: ['m.yaml'], cwd: dir, packs: ['pack'], asOf: '2024-01-01', includePassed: true, ...options });
}

const statusOf = (report: Awaited<ReturnType<typeof run>>) => Object.fromEntries(report.findings.map((f) => [f.target.key, f.status]));

describe('parameters', () => {
  it('use their defaults', async () => {
    expect(statusOf(await run({ 'm.yaml': MANIFEST }))).toEqual({ weak: 'FAIL', 'nist-style': 'FAIL', unstated: 'NOT_EVALUATED' });
  });
  it('are overridden per rule or for every rule, and a switch selects a profile', async () => {
    expect(statusOf(await run({ 'm.yaml': MANIFEST }, { params: { 'T-LEN-001.minLength': 6, profile: 'nist' } }))).toEqual({
      weak: 'PASS',
      'nist-style': 'PASS',
      unstated: 'NOT_EVALUATED',
    });
  });
  it('are checked against their schema', async () => {
    await expect(run({ 'm.yaml': MANIFEST }, { params: { profile: 'iso' } })).rejects.toThrow(InputError);
    await expect(run({ 'm.yaml': MANIFEST }, { params: { 'NO-SUCH-1.x': 1 } })).rejects.toThrow(/unknown rule "NO-SUCH-1"/);
  });
  it('that no rule has are errors, not silently ignored settings', async () => {
    await expect(run({ 'm.yaml': MANIFEST }, { params: { 'T-LEN-001.minLenght': 6 } })).rejects.toThrow(/rule T-LEN-001 has no parameter "minLenght"/);
    await expect(run({ 'm.yaml': MANIFEST }, { params: { maxDays: 6 } })).rejects.toThrow(/"maxDays" is not a parameter of any rule in use/);
  });
});

describe('rule selection', () => {
  it('refuses to disable a rule that is not in the packs in use', async () => {
    await expect(run({ 'm.yaml': MANIFEST }, { disable: ['T-LEN-002'] })).rejects.toThrow(/rule "T-LEN-002" is not in the packs in use/);
  });
});

describe('findings', () => {
  it('say why a rule could not decide', async () => {
    const finding = (await run({ 'm.yaml': MANIFEST })).findings.find((f) => f.target.key === 'unstated');
    expect(finding?.reason?.en).toBe("the inventory does not state what this check needs: /policy/minLength (manifest key credentialPolicies[].minLength; Keycloak: length in the realm's passwordPolicy; Alibaba Cloud RAM: MinimumPasswordLength of GetPasswordPolicy)");
    expect(finding?.evidence[0]).toMatchObject({ file: 'm.yaml', line: 9 });
  });

  it('point at the line of the failing value and fill the message in both languages', async () => {
    const finding = (await run({ 'm.yaml': MANIFEST })).findings.find((f) => f.target.key === 'weak');
    expect(finding?.evidence.map((e) => `${e.file}:${e.line}:${e.column} ${e.pointer}`)).toEqual([
      'm.yaml:4:5 /credentialPolicies/0/minLength',
      'm.yaml:5:5 /credentialPolicies/0/rotationDays',
      'm.yaml:3:5 /credentialPolicies/0',
    ]);
    expect(finding?.message).toEqual({ zh: '策略 weak 最短 6 位', en: 'Policy weak allows 6 characters (minimum 8)' });
  });

  it('keep their fingerprint when the file is reordered or edited elsewhere', async () => {
    const before = await run({ 'm.yaml': MANIFEST });
    const reordered = MANIFEST.replace('  - id: weak\n    minLength: 6\n    rotationDays: none\n', '') + '  - id: weak\n    rotationDays: none\n    minLength: 6\n';
    const after = await run({ 'm.yaml': `# a comment that moves every line\n${reordered.replace('minLength: 12', 'minLength: 13')}` });
    const fp = (r: Awaited<ReturnType<typeof run>>, key: string) => r.findings.find((f) => f.target.key === key)?.fingerprint;
    expect(fp(after, 'weak')).toBe(fp(before, 'weak'));
    expect(fp(after, 'nist-style')).toBe(fp(before, 'nist-style'));
    expect(fp(before, 'weak')).not.toBe(fp(before, 'nist-style'));
    const weakAfter = after.findings.find((f) => f.target.key === 'weak');
    expect(weakAfter?.evidence[0]?.line).toBe(10);
  });
});

describe('rule files', () => {
  it('are validated like any input, with file and line', async () => {
    const broken = { ...PACK, 'pack/T-LEN-001.yaml': PACK['pack/T-LEN-001.yaml'].replace('severity: high', 'severity: urgent') };
    const dir = tempDir({ ...broken, 'm.yaml': MANIFEST });
    try {
      await audit({ paths: ['m.yaml'], cwd: dir, packs: [`${dir}/pack`] });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).diagnostics[0]).toMatchObject({ pointer: '/severity', line: 4 });
    }
  });
});
