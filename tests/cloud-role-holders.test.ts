// Who may assume a RAM or CAM role is its trust policy, which a policy bundle does not carry: with
// no account stated to hold the role, whether a person or only a program reads through it is
// unstated, so PIPL-CAS-001 waits for it (NOT_EVALUATED naming overlays.roles[].set.assumedBy)
// instead of failing a program's processing path as a person's query right; stated, it decides.
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const policy = (name: string, document: unknown) => ({
  RequestId: name,
  Policy: { PolicyName: name, PolicyType: 'Custom', DefaultVersion: 'v1' },
  DefaultPolicyVersion: { VersionId: 'v1', IsDefaultVersion: true, PolicyDocument: JSON.stringify(document) },
});

const BUNDLE = JSON.stringify(
  {
    ListUsers: { Users: { User: [] } },
    ListPoliciesForUser: {},
    ListRoles: { Roles: { Role: [{ RoleName: 'pipeline-ecs', RoleId: '1', Arn: 'acs:ram::1:role/pipeline-ecs', Description: 'analysis servers' }] } },
    ListPoliciesForRole: { 'pipeline-ecs': { Policies: { Policy: [{ PolicyName: 'RawRead', PolicyType: 'Custom', DefaultVersion: 'v1' }] } } },
    GetPolicy: { 'Custom:RawRead': policy('RawRead', { Version: '1', Statement: [{ Effect: 'Allow', Action: ['oss:GetObject', 'oss:ListObjects'], Resource: ['acs:oss:*:*:lab-raw', 'acs:oss:*:*:lab-raw/*'] }] }) },
  },
  null,
  2,
);

const manifest = (overlay: string) => `apiVersion: pipl-audit/v1
system: { id: lab, name: Lab }
stores:
  - id: raw-reads
    kind: file
    fields: [{ name: reads, category: health.record }]
${overlay}`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: ram.json
    mapping:
      stores:
        raw-reads: { bucket: "acs:oss:cn-hangzhou:1:lab-raw", object: run-01/sample.fastq.gz }
`;

async function cas001(overlay: string) {
  const dir = tempDir({ 'manifest.yaml': manifest(overlay), 'pipl-audit.yaml': PROJECT, 'ram.json': BUNDLE });
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; status: string; target: { key: string }; members?: { items: Array<{ key: string }> }; reason?: { en: string } }> };
  return report.findings.filter((f) => f.ruleId === 'PIPL-CAS-001' && [f.target.key, ...(f.members?.items ?? []).map((m) => m.key)].some((k) => k.includes('ram:role/pipeline-ecs')));
}

describe('a cloud role whose holders no input states (PIPL-CAS-001)', () => {
  it('is NOT_EVALUATED, naming the accounts that assume it', async () => {
    const found = await cas001('');
    expect(found.map((f) => f.status)).toEqual(['NOT_EVALUATED']);
    expect(found[0]?.reason?.en).toContain('overlays.roles[].set.assumedBy');
  });

  it('fails when people are stated to assume it', async () => {
    const found = await cas001('overlays:\n  roles:\n    - { match: { id: "ram:role/pipeline-ecs" }, set: { assumedBy: people } }\n');
    expect(found.map((f) => f.status)).toEqual(['FAIL']);
  });

  it('is not judged when only programs are stated to assume it', async () => {
    const found = await cas001('overlays:\n  roles:\n    - { match: { id: "ram:role/pipeline-ecs" }, set: { assumedBy: services } }\n');
    expect(found).toEqual([]);
  });
});
