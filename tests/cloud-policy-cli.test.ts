// The CLI (in-process, tests/support/run-cli-in-process.ts) audits a project whose OSS / COS buckets are governed by RAM / CAM
// policies read from a bundle of CLI responses (tests/fixtures/cloud-policy/). Real-shaped
// responses: `aliyun ram ListUsers` (Users.User[]), ListPoliciesForUser (Policies.Policy[]),
// GetPolicy (DefaultPolicyVersion.PolicyDocument as a JSON string) …; `tccli cam ListUsers`
// (Data[] with ConsoleLogin), ListAttachedUserPolicies (List[]), ListAccessKeys (AccessKeys[]).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const RAM = readFileSync(new URL('./fixtures/cloud-policy/ram-bundle.json', import.meta.url), 'utf8');
const CAM = readFileSync(new URL('./fixtures/cloud-policy/cam-bundle.json', import.meta.url), 'utf8');

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: courier-outlet, name: 快递驿站系统, asOf: 2024-06-01 }
stores:
  - id: pod-photos
    kind: file
    fields:
      - { name: photo, category: identity.name }
      - { name: waybill-no, category: contact.phone }
  - id: waybill-archive
    kind: backup
    fields:
      - { name: phone, category: contact.phone }
      - { name: address, category: contact.address }
`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: cloud-policy
    path: ram.json
    mapping:
      stores:
        pod-photos: { bucket: "acs:oss:cn-shenzhen:1234567890123456:sf-pod-photos", object: pod/2024/06/SF1400012345678.jpg }
  - type: cloud-policy
    path: cam.json
    mapping:
      stores:
        waybill-archive: { bucket: "qcs::cos:ap-guangzhou:uid/1250000000:waybill-archive-1250000000", object: 2024/06/waybills-0755.csv }
`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; members?: { items: Array<{ key: string }> }; message: unknown; evidence: Array<{ file: string; line?: number }> }

async function audit(files: Record<string, string>) {
  const dir = tempDir(files);
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  return { dir, result, report: result.code === 0 ? (JSON.parse(result.stdout) as { findings: Finding[] }) : undefined };
}

describe('pipl-audit audit with RAM and CAM policy bundles', async () => {
  const { result, report, dir } = await audit({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': RAM, 'cam.json': CAM });
  const with_ = (rule: string, status = 'FAIL') => report!.findings.filter((f) => f.ruleId === rule && f.status === status);
  /** The items a finding speaks for: its target, or (grouped by a policy statement, one cause) its members. */
  const itemsOf = (f: Finding): string[] => (f.members ? f.members.items.map((m) => m.key) : [f.target?.key ?? '']);
  const speaksFor = (f: Finding, key: string) => itemsOf(f).includes(key);

  it('reads both bundles', async () => {
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
  });

  it('reports the public-read bucket holding PI, citing its ACL line', async () => {
    const found = with_('PIPL-CLOUD-001');
    expect(found.map((f) => f.target?.key)).toEqual(['ram:public/sf-pod-photos>store:pod-photos']);
    expect(found[0]?.evidence[0]?.file).toBe('ram.json');
    expect(RAM.split('\n')[(found[0]?.evidence[0]?.line ?? 0) - 1]).toContain('"sf-pod-photos"');
  });

  it('reports oss:* and cos:* on PI stores, not the user whose Deny takes the download away', async () => {
    const keys = with_('PIPL-CLOUD-002').flatMap(itemsOf).sort();
    expect(keys).toEqual(['cam:user/ops-chen>store:waybill-archive', 'ram:role/ecs-backup>store:pod-photos', 'ram:user/ops-li>store:pod-photos']);
    const passed = await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir });
    const items = JSON.parse(passed.stdout) as Array<{ key: string; actions: string[] }>;
    const byKey = new Map(items.map((i) => [i.key, i.actions]));
    // intern-wang's group holds oss:*, but a user Deny of oss:GetObject on pod/* wins: no download, no full control.
    expect(byKey.get('ram:user/intern-wang>store:pod-photos')).toEqual(['create', 'delete', 'update']);
    // the uploader may only put objects.
    expect(byKey.get('ram:user/pod-uploader>store:pod-photos')).toEqual(['create', 'update']);
    // the backup program gets archive objects whose keys it knows (cos:GetObject) but may not list
    // the bucket (cos:GetBucket): a read, not an export of the store in bulk.
    expect(byKey.get('cam:user/backup-job>store:waybill-archive')).toEqual(['read']);
    // zhang-auditor may list and download from the office network (acs:SourceIp): from there, he
    // enumerates and takes out every photo, an export.
    expect(byKey.get('ram:user/zhang-auditor>store:pod-photos')).toEqual(['export', 'read']);
    // the public-read ACL lets anyone list and get: an export.
    expect(byKey.get('ram:public/sf-pod-photos>store:pod-photos')).toEqual(['export', 'read']);
  });

  it('judges cloud statements under PIPL-CAS-001 by what they let a principal read: a reader of every object fails, a writer is not reported, full control and a public ACL are one finding with PIPL-CLOUD-002 / -001', async () => {
    const cas = report!.findings.filter((f) => f.ruleId === 'PIPL-CAS-001');
    const keys = cas.flatMap(itemsOf);
    // the uploader may only put objects: it reads no one's photo
    expect(keys).not.toContain('ram:user/pod-uploader>store:pod-photos');
    // the auditor downloads every photo (from the office network): that read is the finding
    expect(cas.find((f) => speaksFor(f, 'ram:user/zhang-auditor>store:pod-photos'))?.status).toBe('FAIL');
    // oss:* and the public-read ACL: one finding each, PIPL-CAS-001 folded in as an aspect
    for (const [rule, key] of [['PIPL-CLOUD-002', 'ram:user/ops-li>store:pod-photos'], ['PIPL-CLOUD-001', 'ram:public/sf-pod-photos>store:pod-photos']] as const) {
      expect(keys).not.toContain(key);
      const host = report!.findings.find((f) => f.ruleId === rule && speaksFor(f, key)) as (Finding & { aspects?: Array<{ ruleId: string }> }) | undefined;
      expect(host?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-CAS-001']);
    }
    // a store grant names the store it reaches, and the scope it covers
    expect(JSON.stringify(cas.find((f) => speaksFor(f, 'ram:user/zhang-auditor>store:pod-photos'))?.message)).toContain('reaches pod-photos through the policy pattern oss:ListObjects,oss:GetObject on acs:oss:*:*:sf-pod-photos');
  });

  it('does not judge a program\'s own principal (no console log-in) under PIPL-CAS-001: its read of every object is the processing path, not a person\'s query right; the same user with a console log-in is', async () => {
    const key = 'cam:user/backup-job>store:waybill-archive';
    expect(report!.findings.filter((f) => f.ruleId === 'PIPL-CAS-001').flatMap(itemsOf)).not.toContain(key);
    expect(CAM).toContain('"ConsoleLogin": 0,');
    const person = await audit({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': RAM, 'cam.json': CAM.replace('"ConsoleLogin": 0,', '"ConsoleLogin": 1,') });
    expect(person.result.code).toBe(0);
    expect(person.report!.findings.find((f) => f.ruleId === 'PIPL-CAS-001' && speaksFor(f, key))?.status).toBe('FAIL');
  });

  it('reads a condition on the request’s context (source IP) as where the grant holds, quoted, not as a source-wide NOT_EVALUATED', async () => {
    const grants = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir })).stdout) as Array<{ key: string; grant?: { pattern?: string } }>;
    expect(grants.find((g) => g.key === 'ram:user/zhang-auditor>store:pod-photos')?.grant?.pattern).toContain('"acs:SourceIp":["10.20.0.0/16"]');
    expect(report!.findings.filter((f) => f.target?.key?.startsWith('source:cloud-policy'))).toEqual([]);
  });

  it('reports long-lived AccessKeys of people, not of programs', async () => {
    const keys = with_('PIPL-CLOUD-003').map((f) => f.target?.key).sort();
    expect(keys).toEqual(['cam:ops-chen', 'ram:ops-li']);
    // AccessKey ids are carried masked; phone numbers of the CAM listing are not carried at all.
    const accounts = (await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout;
    expect(accounts).toContain('"LTAI****2Fw8"');
    expect(accounts).not.toContain('LTAI5tGx9Ka3Bc7Dq1Ez2Fw8');
    expect(accounts + result.stdout).not.toContain('13800138000');
  });

  it('feeds the grants to the existing rules (bulk download without approval)', async () => {
    // The bucket's grants are items of the rule: a cause of their own, or members of one (their
    // approval unstated, they are one NOT_EVALUATED finding with the other stores' grants).
    const qry3 = report!.findings.filter((f) => f.ruleId === 'PIPL-QRY-003' && [f.target?.key ?? '', ...(f.members?.items ?? []).map((m) => m.key)].some((key) => key.includes('store:pod-photos')));
    expect(qry3.length).toBeGreaterThan(0);
  });
});

describe('a broken bundle', () => {
  it('is an input error naming the file and line', async () => {
    const broken = RAM.replace('"PolicyName": "PodUpload",', '"PolicyNam": "PodUpload",');
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': broken, 'cam.json': CAM });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '-o', 'out.json'], { cwd: dir });
    expect(result.code).toBe(2);
    const line = broken.split('\n').findIndex((l) => l.includes('"PolicyNam"'));
    expect(result.stderr).toMatch(new RegExp(`ram\\.json:(${line}|${line + 1}):\\d+: error: .*without PolicyName`));
  });

  it('a policy document that is not a policy is an input error at its line', async () => {
    const broken = RAM.replace('{\\"Version\\":\\"1\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"oss:PutObject\\"', '{\\"Version\\":\\"1\\",\\"Statement\\":[{\\"Effect\\":\\"Permit\\",\\"Action\\":\\"oss:PutObject\\"');
    expect(broken).not.toBe(RAM);
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': broken, 'cam.json': CAM });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ram\.json:\d+:\d+: error: .*policy "PodUpload": Effect is "Permit"/);
  });

  it('a mapping naming a store the manifest lacks is an error in the project file', async () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT.replace('pod-photos: { bucket', 'pod-fotos: { bucket'), 'ram.json': RAM, 'cam.json': CAM });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipl-audit\.yaml:\d+:\d+: error: .*store "pod-fotos" is not defined/);
  });
});

// The RAM account's password policy, as `aliyun ram GetPasswordPolicy` prints it (RAM spells
// MaxLoginAttemps so). RAM always applies one: without the response its content is unstated, never "no policy".
const PASSWORD_POLICY = `{"RequestId": "4B450CA1-36E8-4AA2-8461-86B42BF4CC4E", "PasswordPolicy": {"MinimumPasswordLength": 8, "RequireLowercaseCharacters": true, "RequireUppercaseCharacters": false, "RequireNumbers": true, "RequireSymbols": false, "HardExpiry": false, "MaxPasswordAge": 0, "PasswordReusePrevention": 0, "MaxLoginAttemps": 5}}`;
const withPolicy = (bundle: string, response: string) => bundle.replace(/^\{/, `{\n  "GetPasswordPolicy": ${response},`);

describe('the RAM password policy', () => {
  const only = (ram: string) => audit({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT.replace(/  - type: cloud-policy\n    path: cam\.json[\s\S]*$/, ''), 'ram.json': ram });
  const statuses = (report: { findings: Finding[] } | undefined, rule: string) => report!.findings.filter((f) => f.ruleId === rule && f.target?.key === 'ram:password-policy').map((f) => f.status);

  it('is read from GetPasswordPolicy: length, character classes, no expiry, lockout after 5 failures for an hour', async () => {
    const { result, report, dir } = await only(withPolicy(RAM, PASSWORD_POLICY));
    expect(result.code).toBe(0);
    const items = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'credential-policy'], { cwd: dir })).stdout) as Array<{ key: string; policy: unknown }>;
    expect(items.find((i) => i.key === 'ram:password-policy')?.policy).toEqual({ id: 'ram:password-policy', minLength: 8, characterClasses: 2, rotationDays: 'none', lockout: { threshold: 5, durationMinutes: 60 } });
    // Two character classes and no expiry fall short of the MLPS profile; the lockout is there.
    expect(statuses(report, 'PIPL-CRED-003')).toEqual(['FAIL']);
    expect(report!.findings.filter((f) => f.ruleId === 'PIPL-CRED-011' && f.status === 'FAIL')).toEqual([]);
  });

  it('without GetPasswordPolicy governs the RAM users still, its content NOT_EVALUATED naming the response to add', async () => {
    const { report } = await only(RAM);
    expect(report!.findings.filter((f) => f.ruleId === 'PIPL-CRED-011' && f.status === 'FAIL')).toEqual([]);
    expect(statuses(report, 'PIPL-CRED-003')).toEqual(['NOT_EVALUATED']);
    expect(statuses(report, 'PIPL-CRED-004')).toEqual(['NOT_EVALUATED']);
    expect(JSON.stringify(report!.findings.filter((f) => f.ruleId === 'PIPL-CRED-004'))).toContain('MaxLoginAttemps of GetPasswordPolicy');
  });

  it('a response that is not a password policy is an input error at its line', async () => {
    const broken = withPolicy(RAM, PASSWORD_POLICY.replace('"MinimumPasswordLength": 8', '"MinimumPasswordLength": "eight"'));
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': broken, 'cam.json': CAM });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '-f', 'json', '-o', 'out.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ram\.json:2:\d+: error: .*GetPasswordPolicy: MinimumPasswordLength is "eight"/);
  });
});

// `aliyun ram ListVirtualMFADevices` as the CLI prints it: VirtualMFADevices.VirtualMFADevice[] with
// SerialNumber, ActivateDate and the bound User; an unbound device has no User.
const MFA_DEVICES = `{
    "RequestId": "0F3E5B5A-8E2B-4C8B-9C51-6E2B2A1D3C44",
    "VirtualMFADevices": {
      "VirtualMFADevice": [
        { "SerialNumber": "acs:ram::1234567890123456:mfa/zhang-auditor", "ActivateDate": "2023-01-10T02:13:45Z", "User": { "UserId": "205482512123456791", "UserName": "zhang-auditor", "DisplayName": "张审计" } },
        { "SerialNumber": "acs:ram::1234567890123456:mfa/spare-device" }
      ]
    }
  }`;
const withMfaDevices = (bundle: string, response: string) => bundle.replace(/^\{/, `{\n  "ListVirtualMFADevices": ${response},`);

describe('RAM users\' MFA from ListVirtualMFADevices', () => {
  const only = (ram: string) => audit({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT.replace(/  - type: cloud-policy\n    path: cam\.json[\s\S]*$/, ''), 'ram.json': ram });
  const mfaOf = async (dir: string) => {
    const items = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: { mfa?: boolean } }>;
    return Object.fromEntries(items.filter((i) => i.key.startsWith('ram:')).map((i) => [i.key, i.account.mfa ?? 'unstated']));
  };

  it('states mfa: true for a user with a bound device and false for every other user of the complete listing; an unbound device is nobody\'s', async () => {
    const { result, dir } = await only(withMfaDevices(RAM, MFA_DEVICES));
    expect(result.code).toBe(0);
    const mfa = await mfaOf(dir);
    expect(mfa['ram:zhang-auditor']).toBe(true);
    expect(mfa['ram:ops-li']).toBe(false);
    expect(mfa['ram:intern-wang']).toBe(false);
  });

  it('without the listing leaves MFA unstated (MFABindRequired: false in a login profile says nothing about a device)', async () => {
    const { dir, report } = await only(RAM);
    const mfa = await mfaOf(dir);
    expect(new Set(Object.values(mfa))).toEqual(new Set(['unstated']));
    expect(report!.findings.filter((f) => f.ruleId === 'PIPL-CRED-006' && f.status === 'FAIL' && String(f.target?.key).startsWith('ram:'))).toEqual([]);
  });

  it('a truncated page (IsTruncated: true) states only the users it lists', async () => {
    const { dir } = await only(withMfaDevices(RAM, MFA_DEVICES.replace('"RequestId"', '"IsTruncated": true, "Marker": "EXAMPLE", "RequestId"')));
    const mfa = await mfaOf(dir);
    expect(mfa['ram:zhang-auditor']).toBe(true);
    expect(mfa['ram:ops-li']).toBe('unstated');
  });

  it('PIPL-CRED-006 then decides: NOT_EVALUATED without the listing, FAIL on a console user of full control without a device', async () => {
    const statuses = (report: { findings: Finding[] } | undefined) => report!.findings.filter((f) => f.ruleId === 'PIPL-CRED-006' && (f.target?.key === 'ram:ops-li' || (f.members?.items ?? []).some((m) => m.key === 'ram:ops-li'))).map((f) => f.status);
    expect(statuses((await only(RAM)).report)).toEqual(['NOT_EVALUATED']);
    expect(statuses((await only(withMfaDevices(RAM, MFA_DEVICES))).report)).toEqual(['FAIL']);
  });

  it('a listing that is not of that shape is an input error at its line', async () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': withMfaDevices(RAM, '{ "VirtualMFADevices": { "VirtualMFADevice": "none" } }'), 'cam.json': CAM });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '-f', 'json', '-o', 'out.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ram\.json:2:\d+: error: .*ListVirtualMFADevices/);
  });
});

describe('PIPL-CLOUD-002: one finding per attachment of the policy', () => {
  // A second operator joins the ops group (whose OpsFull grants oss:*): the group's one attachment
  // is one cause for both members; the same policy attached to a user directly is its own.
  const withSecondOperator = (ram: string, ownAttachment: boolean) => {
    const bundle = JSON.parse(ram) as Record<string, Record<string, unknown>>;
    (bundle.ListUsers as { Users: { User: unknown[] } }).Users.User.push({ UserName: 'ops-zhou', UserId: '205482512123456799', DisplayName: '周运维', CreateDate: '2022-05-06T01:00:00Z', UpdateDate: '2022-05-06T01:00:00Z', Comments: '' });
    bundle.ListGroupsForUser!['ops-zhou'] = { RequestId: 'z1', Groups: { Group: [{ GroupName: 'ops', Comments: '运维组', JoinDate: '2022-05-06T01:01:00Z' }] } };
    bundle.ListPoliciesForUser!['ops-zhou'] = { RequestId: 'z2', Policies: { Policy: [] } };
    bundle.ListAccessKeys!['ops-zhou'] = { RequestId: 'z3', AccessKeys: { AccessKey: [] } };
    if (ownAttachment) {
      // ops-li leaves the group and gets OpsFull attached directly.
      bundle.ListGroupsForUser!['ops-li'] = { RequestId: 'a', Groups: { Group: [] } };
      bundle.ListPoliciesForUser!['ops-li'] = { RequestId: 'e', Policies: { Policy: [{ PolicyName: 'OpsFull', PolicyType: 'Custom', DefaultVersion: 'v3', AttachDate: '2021-02-01T03:14:00Z' }] } };
    }
    return JSON.stringify(bundle, null, 2);
  };
  const only = (ram: string) => audit({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT.replace(/  - type: cloud-policy\n    path: cam\.json[\s\S]*$/, ''), 'ram.json': ram });
  const items = (f: Finding) => (f.members ? f.members.items.map((m) => m.key) : [f.target?.key ?? '']).sort();

  it('a group-attached oss:* policy is one finding citing every member user, its pattern naming the group', async () => {
    const { report } = await only(withSecondOperator(RAM, false));
    const fails = report!.findings.filter((f) => f.ruleId === 'PIPL-CLOUD-002' && f.status === 'FAIL');
    const group = fails.filter((f) => items(f).some((k) => k.startsWith('ram:user/')));
    expect(group.map(items)).toEqual([['ram:user/ops-li>store:pod-photos', 'ram:user/ops-zhou>store:pod-photos']]);
    expect(JSON.stringify(group[0]!.message)).toContain('(policy OpsFull, group:ops)');
  });

  it('the same policy attached to a user directly is another cause, another finding', async () => {
    const { report } = await only(withSecondOperator(RAM, true));
    const fails = report!.findings.filter((f) => f.ruleId === 'PIPL-CLOUD-002' && f.status === 'FAIL' && items(f).some((k) => k.startsWith('ram:user/')));
    expect(fails.map(items).sort()).toEqual([['ram:user/ops-li>store:pod-photos'], ['ram:user/ops-zhou>store:pod-photos']]);
    expect(JSON.stringify(fails.map((f) => f.message))).toContain('(policy OpsFull, user:ops-li)');
  });
});

// `tccli cam DescribeSafeAuthFlagColl --SubUin <uin>` as the CLI prints it, keyed by the user's name or Uin.
const safeAuth = (flags: Record<string, number>) => JSON.stringify({ Response: { LoginFlag: { Phone: 0, Token: 0, Stoken: 0, Wechat: 0, Custom: 0, ...flags }, ActionFlag: { Phone: 0, Token: 0, Stoken: 0, Wechat: 0, Custom: 0 }, OffsiteFlag: { VerifyFlag: 0, NotifyPhone: 1, NotifyEmail: 1, NotifyWechat: 1, Tips: 0 }, PromptTrust: 0, RequestId: '9626da03-4645-4c54-ba90-74836284af0c' } });
const withSafeAuth = (bundle: string, byUser: Record<string, string>) => bundle.replace(/^\{/, `{\n  "DescribeSafeAuthFlagColl": { ${Object.entries(byUser).map(([u, r]) => `"${u}": ${r}`).join(', ')} },`);

describe('CAM users\' MFA from DescribeSafeAuthFlagColl', () => {
  const mfaOf = async (cam: string) => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': RAM, 'cam.json': cam });
    const items = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: { mfa?: boolean } }>;
    return Object.fromEntries(items.filter((i) => i.key.startsWith('cam:')).map((i) => [i.key, i.account.mfa ?? 'unstated']));
  };

  it('states mfa from the log-in protection flags (a virtual MFA token, by name; none, by Uin), and leaves a user without a response unstated', async () => {
    const mfa = await mfaOf(withSafeAuth(CAM, { 'ops-chen': safeAuth({ Stoken: 1 }) }));
    expect(mfa['cam:ops-chen']).toBe(true);
    expect(mfa['cam:backup-job']).toBe('unstated');
    const none = await mfaOf(withSafeAuth(CAM, { '100022220001': safeAuth({}) }));
    expect(none['cam:ops-chen']).toBe(false);
  });

  it('without the response leaves MFA unstated', async () => {
    expect(new Set(Object.values(await mfaOf(CAM)))).toEqual(new Set(['unstated']));
  });

  it('a response without LoginFlag is an input error', async () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'pipl-audit.yaml': PROJECT, 'ram.json': RAM, 'cam.json': withSafeAuth(CAM, { 'ops-chen': '{ "Response": { "RequestId": "x" } }' }) });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '-f', 'json', '-o', 'out.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cam\.json:2:\d+: error: .*DescribeSafeAuthFlagColl: no LoginFlag/);
  });
});
