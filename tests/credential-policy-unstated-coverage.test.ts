// Whom a credential policy covers rests on each account's type: a person's account is covered, a
// service account is not. A RAM user whose console log-in the bundle does not state (no
// GetLoginProfile) has no type (tests/cloud-policy-unstated-type.test.ts), so it is neither
// covered nor left out: a policy that only such users are under says NOT_EVALUATED on the rules
// judging policies in use (PIPL-CRED-003, -004, -005, -009, -010), naming what states the type —
// never PASS or FAIL for people nobody said are there, and never silence as if none were (issue 11).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const RAM = JSON.parse(readFileSync(new URL('./fixtures/cloud-policy/ram-bundle.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// A weak account-wide policy: 6 characters, no lockout.
const POLICY = { RequestId: 'p', PasswordPolicy: { MinimumPasswordLength: 6, RequireLowercaseCharacters: true, RequireUppercaseCharacters: false, RequireNumbers: true, RequireSymbols: false, MaxPasswordAge: 0, MaxLoginAttemps: 0, HardExpiry: false, PasswordReusePrevention: 0 } };

const bundle = (withProfiles: boolean) => {
  const copy = structuredClone(RAM);
  copy.GetPasswordPolicy = POLICY;
  if (!withProfiles) delete copy.GetLoginProfile;
  return JSON.stringify(copy, null, 2);
};

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: parcel-lockers, name: 智能快递柜系统, asOf: 2024-06-01 }
stores:
  - id: locker-photos
    kind: file
    fields:
      - { name: recipient, category: identity.name }
      - { name: phone, category: contact.phone }
`;
const overlay = (user: string, type: string) => `overlays:
  accounts:
    - match: { id: "ram:${user}" }
      set: { type: ${type} }
`;
const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: ram.json
    mapping:
      stores:
        locker-photos: { bucket: "acs:oss:cn-shenzhen:1234567890123456:sf-pod-photos", object: pod/2024/06/SF1400012345678.jpg }
`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; message?: string; reason?: unknown }
const POLICY_ID = 'ram:password-policy';

async function audit(ram: string, manifest = MANIFEST, lang = 'en') {
  const dir = tempDir({ 'manifest.yaml': manifest, 'pipl-audit.yaml': PROJECT, 'ram.json': ram });
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--include-passed', '--lang', lang], { cwd: dir });
  expect(result.code).toBe(0);
  const policies = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'credential-policy'], { cwd: dir })).stdout) as Array<{ key: string; accounts: number | null; accountsTypeUnstated: number }>;
  const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
  const on = (rule: string) => findings.find((f) => f.ruleId === rule && f.target?.key === POLICY_ID);
  return { on, policy: policies.find((p) => p.key === POLICY_ID) };
}

describe('a credential policy whose accounts are all of unstated type', () => {
  it('covers nobody known and is not known to cover nobody: its rules say NOT_EVALUATED naming GetLoginProfile', async () => {
    const { on, policy } = await audit(bundle(false));
    expect(policy?.accounts).toBeNull();
    expect(policy?.accountsTypeUnstated).toBe(4);
    for (const rule of ['PIPL-CRED-003', 'PIPL-CRED-004']) {
      const finding = on(rule);
      expect(finding?.status, rule).toBe('NOT_EVALUATED');
      expect(JSON.stringify(finding), rule).toContain('/accounts');
      expect(JSON.stringify(finding), rule).toContain('GetLoginProfile');
    }
  });

  it('names the fact in Chinese too', async () => {
    const { on } = await audit(bundle(false), MANIFEST, 'zh');
    expect(JSON.stringify(on('PIPL-CRED-004'))).toContain('GetLoginProfile 响应');
  });

  it('with the console log-ins in the bundle, covers the people among them: both FAIL', async () => {
    const { on, policy } = await audit(bundle(true));
    // ops-li, intern-wang and zhang-auditor sign in; pod-uploader (no login profile) is a program
    expect(policy).toMatchObject({ accounts: 3, accountsTypeUnstated: 0 });
    expect(on('PIPL-CRED-003')?.status).toBe('FAIL');
    expect(on('PIPL-CRED-004')?.status).toBe('FAIL');
  });

  it('one account stated to be a person\'s settles that the policy is in use: judged, the unstated ones counted apart', async () => {
    const { on, policy } = await audit(bundle(false), MANIFEST + overlay('ops-li', 'personal'));
    expect(policy).toMatchObject({ accounts: 1, accountsTypeUnstated: 3 });
    expect(on('PIPL-CRED-004')?.status).toBe('FAIL');
  });

  it('an account stated to be a service account leaves the others unstated: still NOT_EVALUATED', async () => {
    const { on, policy } = await audit(bundle(false), MANIFEST + overlay('pod-uploader', 'service'));
    expect(policy).toMatchObject({ accounts: null, accountsTypeUnstated: 3 });
    expect(on('PIPL-CRED-004')?.status).toBe('NOT_EVALUATED');
  });
});
