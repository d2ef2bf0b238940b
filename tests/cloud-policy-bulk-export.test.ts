// The bulk-output rules on a medical bucket read from a RAM bundle (tests/fixtures/cloud-policy/):
// a person who may list and get every object takes the roster out (PIPL-MED-002 FAIL on its own);
// the public-read ACL and the oss:* statements already fail PIPL-CLOUD-001 / -002 for the same
// grant, so the bulk verdict is an aspect of those findings, not a finding of its own; an upload
// (put only) exports nothing (docs/sources/cloud-policy.md, "What `export` means for a bucket").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const RAM = readFileSync(new URL('./fixtures/cloud-policy/ram-bundle.json', import.meta.url), 'utf8');

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: clinic, name: 体检中心, asOf: 2024-06-01, sector: medical }
stores:
  - id: exam-scans
    kind: file
    fields:
      - { name: patient_name, category: identity.name }
      - { name: id_no, category: identity.id-number }
      - { name: result, category: health.diagnosis }
`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: ram.json
    mapping:
      stores:
        exam-scans: { bucket: "acs:oss:cn-shenzhen:1234567890123456:sf-pod-photos", object: pod/2024/06/SF1400012345678.jpg }
`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; members?: { items: Array<{ key: string }> }; aspects?: Array<{ ruleId: string }> }

describe('bulk export of a medical bucket', async () => {
  const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': RAM });
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.status === 'FAIL');
  const itemsOf = (f: Finding) => (f.members ? f.members.items.map((m) => m.key) : [f.target?.key ?? '']);

  it('a person who may list and get every object fails PIPL-MED-002 on its own', () => {
    expect(findings.filter((f) => f.ruleId === 'PIPL-MED-002').flatMap(itemsOf)).toEqual(['ram:user/zhang-auditor>store:exam-scans']);
  });

  it('the public-read ACL and full control (oss:*) carry PIPL-MED-002 as an aspect of their PIPL-CLOUD-001 / -002 finding', () => {
    for (const [rule, key] of [['PIPL-CLOUD-001', 'ram:public/sf-pod-photos>store:exam-scans'], ['PIPL-CLOUD-002', 'ram:user/ops-li>store:exam-scans']] as const) {
      const host = findings.find((f) => f.ruleId === rule && itemsOf(f).includes(key));
      expect(host?.aspects?.map((a) => a.ruleId)).toContain('PIPL-MED-002');
    }
  });

  it('a RAM role nobody states who assumes keeps its full control, and its bulk export waits for assumedBy', () => {
    const key = 'ram:role/ecs-backup>store:exam-scans';
    expect(findings.some((f) => f.ruleId === 'PIPL-CLOUD-002' && itemsOf(f).includes(key))).toBe(true);
    const all = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
    expect(all.filter((f) => f.ruleId === 'PIPL-MED-002' && itemsOf(f).includes(key)).map((f) => f.status)).toEqual(['NOT_EVALUATED']);
  });

  it('an uploader (put only) exports nothing', () => {
    expect(findings.flatMap(itemsOf)).not.toContain('ram:user/pod-uploader>store:exam-scans');
  });
});
