// A RAM user's account type rests on its console log-in (GetLoginProfile). A bundle without that
// response does not state whether a person or a program uses the user (many RAM users are programs
// holding only AccessKeys): the account's type is unstated, so PIPL-CLOUD-003 (a person's
// long-lived AccessKey) and PIPL-CAS-001 (a person's wildcard read, not a program's path) say
// NOT_EVALUATED naming what to add, never FAIL on an assumed `personal` (issue 11 §1). With the
// response, or an overlay stating the type, the same user FAILs as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const RAM = readFileSync(new URL('./fixtures/cloud-policy/ram-bundle.json', import.meta.url), 'utf8');
const WITHOUT_PROFILES = (() => {
  const bundle = JSON.parse(RAM) as Record<string, unknown>;
  delete bundle.GetLoginProfile;
  return JSON.stringify(bundle, null, 2);
})();

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: courier-outlet, name: 快递驿站系统, asOf: 2024-06-01 }
stores:
  - id: pod-photos
    kind: file
    fields:
      - { name: photo, category: identity.name }
      - { name: waybill-no, category: contact.phone }
`;
const OVERLAY = `overlays:
  accounts:
    - match: { id: "ram:ops-li" }
      set: { type: personal }
`;
const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: ram.json
    mapping:
      stores:
        pod-photos: { bucket: "acs:oss:cn-shenzhen:1234567890123456:sf-pod-photos", object: pod/2024/06/SF1400012345678.jpg }
`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; members?: { items: Array<{ key: string }> }; reason?: unknown }

async function audit(ram: string, manifest = MANIFEST) {
  const dir = tempDir({ 'manifest.yaml': manifest, 'pipl-audit.yaml': PROJECT, 'ram.json': ram });
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  expect(result.code).toBe(0);
  const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: { type?: string } }>;
  const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
  const about = (rule: string, key: string) => findings.find((f) => f.ruleId === rule && (f.target?.key === key || (f.members?.items ?? []).some((m) => m.key === key)));
  return { findings, about, accounts, output: result.stdout + result.stderr };
}

describe('a RAM user whose console log-in the bundle does not state', () => {
  it('has an unstated type: PIPL-CLOUD-003 and PIPL-CAS-001 say NOT_EVALUATED naming GetLoginProfile and the overlay', async () => {
    const { about, accounts, output } = await audit(WITHOUT_PROFILES);
    expect(accounts.find((a) => a.key === 'ram:ops-li')?.account.type).toBeUndefined();
    const key = about('PIPL-CLOUD-003', 'ram:ops-li');
    expect(key?.status).toBe('NOT_EVALUATED');
    expect(JSON.stringify(key)).toContain('include GetLoginProfile for the user');
    expect(JSON.stringify(key)).toContain('overlays.accounts[].set.type');
    const read = about('PIPL-CAS-001', 'ram:user/zhang-auditor>store:pod-photos');
    expect(read?.status).toBe('NOT_EVALUATED');
    expect(JSON.stringify(read)).toContain('include GetLoginProfile for the users holding the role');
    expect(output).toContain('RAM user ops-li: whether a person signs in with it is not stated (add GetLoginProfile responses to the bundle); its account type is unstated');
  });

  it('with GetLoginProfile in the bundle, is a person: both FAIL', async () => {
    const { about, accounts } = await audit(RAM);
    expect(accounts.find((a) => a.key === 'ram:ops-li')?.account.type).toBe('personal');
    expect(about('PIPL-CLOUD-003', 'ram:ops-li')?.status).toBe('FAIL');
    expect(about('PIPL-CAS-001', 'ram:user/zhang-auditor>store:pod-photos')?.status).toBe('FAIL');
  });

  it('with an overlay stating its type, is judged on it: PIPL-CLOUD-003 FAILs', async () => {
    const { about, accounts } = await audit(WITHOUT_PROFILES, MANIFEST + OVERLAY);
    expect(accounts.find((a) => a.key === 'ram:ops-li')?.account.type).toBe('personal');
    expect(about('PIPL-CLOUD-003', 'ram:ops-li')?.status).toBe('FAIL');
    // the overlay states ops-li only: zhang-auditor's type stays unstated
    expect(accounts.find((a) => a.key === 'ram:zhang-auditor')?.account.type).toBeUndefined();
  });
});
