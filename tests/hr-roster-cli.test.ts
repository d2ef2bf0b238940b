// End to end: an HR staff list (花名册) joined to accounts by employee id. The CSV is a real-shaped
// Excel export from a Chinese Windows: GBK, CRLF, a title row above the header, a 序号 column and
// a 合计 summary row; the XLSX is written by exceljs as Excel saves it. Leavers' accounts still
// active feed PIPL-CRED-008, accounts matching no employee PIPL-QRY-009, a unit differing from the
// HR department PIPL-HR-001; an account with no employee id is not joined (NOT_EVALUATED).
// The audits run in-process (tests/support/run-cli-in-process.ts) but one XLSX audit, spawned.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';
import { phoneDigest } from '../src/importers/hr-roster/phone-number.js';
import { inputErrorZh } from '../src/i18n/input-error-text.js';

const ROSTER_GBK = readFileSync(new URL('./fixtures/hr-roster/roster-gbk.csv', import.meta.url));

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: outlet, name: 驿站管理后台, asOf: 2024-06-01 }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
      - { name: address, category: contact.address }
roles:
  - id: outlet-clerk
    grants: [{ store: waybills, actions: [read], scope: unit }]
accounts:
  - { id: zhangsan, type: personal, status: active, roles: [outlet-clerk], unit: 南山驿站, identifiers: { employeeId: E1001 } }
  - { id: lisi, type: personal, status: active, roles: [outlet-clerk], unit: 南山驿站, identifiers: { employeeId: E1002 } }
  - { id: wangwu, type: personal, status: active, roles: [outlet-clerk], unit: 南山驿站, identifiers: { employeeId: E1003 } }
  - { id: zhaoliu, type: personal, status: disabled, roles: [outlet-clerk], unit: 南山驿站, identifiers: { employeeId: E1004 } }
  - { id: agent-sun, type: personal, status: active, roles: [outlet-clerk], unit: 南山驿站, identifiers: { employeeId: W9001 } }
  - { id: temp-01, type: personal, status: active, roles: [outlet-clerk], unit: 南山驿站 }
  - { id: sync-job, type: service, status: active, roles: [outlet-clerk] }
`;

const project = (path: string, options = '') => `version: 1
manifests: [manifest.yaml]
sources:
  - type: hr-roster
    path: ${path}
${options}`;

interface Finding { ruleId: string; status: string; target?: { key?: string }; members?: { items: Array<{ key: string }> }; evidence: Array<{ file: string; line?: number }> }

async function audit(files: Record<string, string | Uint8Array>) {
  const dir = tempDir(files);
  const result = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  const report = result.code === 0 ? (JSON.parse(result.stdout) as { findings: Finding[]; diagnostics?: unknown }) : undefined;
  // An item's key, or the keys of the members of a grouped finding (PIPL-QRY-009 groups by cause).
  const keys = (rule: string, status = 'FAIL') => (report?.findings ?? []).filter((f) => f.ruleId === rule && f.status === status).flatMap((f) => f.members?.items.map((m) => m.key) ?? [f.target?.key]).sort();
  return { dir, result, report, keys };
}

async function workbook(rows: Array<Array<string | Date | number | undefined>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('an HR staff list in GBK CSV', async () => {
  const { result, report, keys } = await audit({ 'manifest.yaml': MANIFEST, 'roster.csv': ROSTER_GBK, 'pipl-audit.yaml': project('roster.csv') });

  it('is read (detected encoding, title row skipped)', async () => {
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/error/);
  });

  it("reports the leaver's account that is still active, citing the roster row", async () => {
    expect(keys('PIPL-CRED-008')).toEqual(['lisi']);
    const finding = report!.findings.find((f) => f.ruleId === 'PIPL-CRED-008' && f.status === 'FAIL');
    expect(finding?.evidence.some((e) => e.file === 'roster.csv' && e.line === 4)).toBe(true);
    // the retiree's account is disabled: a PASS, not a finding
    expect(keys('PIPL-CRED-008', 'PASS')).not.toContain('lisi');
  });

  it('reports the account matching no employee as an outsider', async () => {
    expect(keys('PIPL-QRY-009')).toEqual(['agent-sun']);
  });

  it('leaves an account without an employee id NOT_EVALUATED, never FAIL', async () => {
    expect(keys('PIPL-QRY-009', 'NOT_EVALUATED')).toContain('temp-01');
    expect(keys('PIPL-QRY-009', 'FAIL')).not.toContain('temp-01');
    expect(JSON.stringify(report?.diagnostics)).toContain('temp-01');
  });

  it('reports the account whose unit differs from the HR department', async () => {
    expect(keys('PIPL-HR-001')).toEqual(['wangwu']);
  });

  it('never prints the phone numbers of the list', async () => {
    expect(result.stdout + result.stderr).not.toMatch(/1380013800\d/);
  });
});

describe('joined by phone number', () => {
  it('matches whatever the spelling (+86, dashes) against the digest accounts carry, never printing numbers', async () => {
    // lisi's account carries a digest of 13800138002; wangwu's of +86 138 0013 8003 as written in the list.
    const manifest = MANIFEST.replace('identifiers: { employeeId: E1002 }', `identifiers: { phone: "${phoneDigest('138 0013 8002')}" }`).replace('identifiers: { employeeId: E1003 }', `identifiers: { phone: "${phoneDigest('13800138003')}" }`);
    const { result, keys } = await audit({ 'manifest.yaml': manifest, 'roster.csv': ROSTER_GBK, 'pipl-audit.yaml': project('roster.csv', '    options: { joinBy: phone, accounts: "*i*" }\n') });
    expect(result.code).toBe(0);
    expect(keys('PIPL-CRED-008')).toEqual(['lisi']);
    // wangwu (joined, another department) is outside the accounts the list covers ("*i*").
    expect(keys('PIPL-HR-001')).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/1380013800\d/);
  });
});

describe('an HR staff list in XLSX', () => {
  it('is read from the named sheet with date cells and English headers', async () => {
    const bytes = await workbook([
      ['Employee ID', 'Name', 'Department', 'Status', 'Leave Date'],
      ['E1001', 'Zhang San', '南山驿站', 'Active', undefined],
      ['E1002', 'Li Si', '南山驿站', 'Terminated', new Date(Date.UTC(2024, 2, 15))],
      ['E1003', 'Wang Wu', '南山驿站', 'Active', undefined],
      ['E1004', 'Zhao Liu', '南山驿站', 'Retired', new Date(Date.UTC(2024, 0, 31))],
    ]);
    const { result, keys } = await audit({ 'manifest.yaml': MANIFEST, 'staff.xlsx': bytes, 'pipl-audit.yaml': project('staff.xlsx', '    options: { sheet: 花名册 }\n') });
    expect(result.stderr).not.toMatch(/error/);
    expect(keys('PIPL-CRED-008')).toEqual(['lisi']);
    expect(keys('PIPL-QRY-009')).toEqual(['agent-sun']);
    expect(keys('PIPL-HR-001')).toEqual([]);
  });

  it('a total row (合计 with its count in the name column, Total) is skipped with a note, not warned about as a person; a person without the join key still is', async () => {
    const bytes = await workbook([
      ['浙江分公司员工花名册'],
      ['工号', '姓名', '部门', '状态'],
      ['E1001', '张三', '南山驿站', '在职'],
      ['E1002', '李四', '南山驿站', '离职'],
      ['E1003', '王五', '南山驿站', '在职'],
      ['E1004', '赵六', '南山驿站', '退休'],
      [undefined, '孙七', '南山驿站', '在职'],
      ['合计', '5 人'],
      ['Total: 5'],
    ]);
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'staff.xlsx': bytes, 'pipl-audit.yaml': project('staff.xlsx') });
    const result = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { coverage?: unknown; diagnostics?: Array<{ message: string; line?: number }> };
    const withoutId = (report.diagnostics ?? []).filter((d) => /a row without employeeId/.test(d.message));
    expect(withoutId.map((d) => d.line)).toEqual([7]);
    const notes = JSON.stringify(report.coverage);
    expect(notes).toContain('a total or summary row (\\"合计\\")');
    expect(notes).toContain('a total or summary row (\\"Total: 5\\")');
    const zh = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'zh'], { cwd: dir });
    expect(JSON.stringify((JSON.parse(zh.stdout) as { coverage?: unknown }).coverage)).toContain('合计或汇总行');
  });

  it('refuses a workbook whose ZIP directory claims a huge expansion (zip bomb) before unpacking', async () => {
    const bytes = await workbook([['工号', '姓名'], ['E1001', '张三']]);
    // Patch every central-directory entry's uncompressed size to 1 GiB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 < bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x40000000, true);
    const { result } = await audit({ 'manifest.yaml': MANIFEST, 'staff.xlsx': bytes, 'pipl-audit.yaml': project('staff.xlsx') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/staff\.xlsx:1(:\d+)?: error: .*expands to more than/);
  });
});

describe('a broken staff list', () => {
  it('an unknown status word is an input error at its line', async () => {
    const csv = iconv.encode('工号,姓名,在职状态\r\nE1001,张三,在职\r\nE1002,李四,离岗待查\r\n', 'gbk');
    const { result } = await audit({ 'manifest.yaml': MANIFEST, 'roster.csv': csv, 'pipl-audit.yaml': project('roster.csv') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roster\.csv:3(:\d+)?: error: status "离岗待查" is not a known employment status/);
  });

  it('a status word the project file adds is accepted', async () => {
    const csv = iconv.encode('工号,姓名,在职状态\r\nE1001,张三,在职\r\nE1002,李四,离岗待查\r\n', 'gbk');
    const { result, keys } = await audit({ 'manifest.yaml': MANIFEST, 'roster.csv': csv, 'pipl-audit.yaml': project('roster.csv', '    options: { statuses: { left: 离岗待查 } }\n') });
    expect(result.code).toBe(0);
    expect(keys('PIPL-CRED-008')).toEqual(['lisi']);
  });

  it('a list without the join column is an input error', async () => {
    const { result } = await audit({ 'manifest.yaml': MANIFEST, 'roster.csv': '姓名,部门\n张三,南山驿站\n', 'pipl-audit.yaml': project('roster.csv') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roster\.csv:1(:\d+)?: error: no header row with a employeeId column/);
  });

  it('a leave date that is not a date is an input error at its line', async () => {
    const { result } = await audit({ 'manifest.yaml': MANIFEST, 'roster.csv': '工号,姓名,状态,离职日期\nE1002,李四,离职,上个月\n', 'pipl-audit.yaml': project('roster.csv') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roster\.csv:2(:\d+)?: error: leave date "上个月" is not a date/);
  });
});

describe('Keycloak accounts get their unit from their groups (mapping.units)', () => {
  const REALM = JSON.stringify({
    realm: 'outlets',
    enabled: true,
    roles: { realm: [{ name: 'clerk' }] },
    groups: [{ name: '杭州', path: '/杭州', subGroups: [{ name: '南山驿站', path: '/杭州/南山驿站' }, { name: '北山驿站', path: '/杭州/北山驿站' }] }],
    users: [
      { username: 'zhangsan', enabled: true, realmRoles: ['clerk'], groups: ['/杭州/南山驿站'] },
      { username: 'lisi', enabled: true, realmRoles: ['clerk'], groups: ['/杭州/北山驿站'] },
      { username: 'wangwu', enabled: true, realmRoles: ['clerk'], groups: ['/杭州/南山驿站', '/杭州/北山驿站'] },
    ],
  });
  const manifest = `apiVersion: pipl-audit/v1
system: { id: outlet, name: 驿站管理后台, asOf: 2024-06-01 }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
roles:
  - id: outlet-clerk
    grants: [{ store: waybills, actions: [read], scope: unit }]
`;
  const roster = '工号,账号,姓名,部门,状态\nE1,zhangsan,张三,南山驿站,在职\nE2,lisi,李四,南山驿站,在职\nE3,wangwu,王五,南山驿站,在职\n';
  const projectFile = (units: string) => `version: 1
manifests: [manifest.yaml]
sources:
  - type: keycloak
    path: realm.json
    mapping:
      roles: { clerk: outlet-clerk }
${units}  - type: hr-roster
    path: roster.csv
    options: { joinBy: username }
`;

  it('a group path prefix gives each member its group as unit: the clerk moved to 南山 in HR but still in the 北山 group is reported; one in groups of two units gets none, with a warning', async () => {
    const { result, keys } = await audit({ 'manifest.yaml': manifest, 'realm.json': REALM, 'roster.csv': roster, 'pipl-audit.yaml': projectFile('      units: { "/杭州/": "{group}" }\n') });
    expect(result.code).toBe(0);
    expect(keys('PIPL-HR-001')).toEqual(['outlets/lisi']);
    const diagnostics = JSON.stringify((JSON.parse(result.stdout) as { diagnostics?: unknown }).diagnostics);
    expect(diagnostics).toContain("user wangwu's groups name several units (北山驿站, 南山驿站)");
  });

  it('a member of the group a {group} prefix ends at gets no unit, with one warning naming the group, its members and the key that would cover it', async () => {
    const realm = JSON.parse(REALM) as { users: unknown[] };
    realm.users.push({ username: 'zhaoliu', enabled: true, realmRoles: ['clerk'], groups: ['/杭州'] });
    const { result } = await audit({ 'manifest.yaml': manifest, 'realm.json': JSON.stringify(realm), 'roster.csv': roster, 'pipl-audit.yaml': projectFile('      units: { "/杭州/": "{group}" }\n') });
    const diagnostics = JSON.stringify((JSON.parse(result.stdout) as { diagnostics?: unknown }).diagnostics);
    expect(diagnostics).toContain('1 user(s) of group /杭州 (zhaoliu) get no unit: mapping.units key \\"/杭州/\\" makes each group below /杭州 a unit by its own name, not /杭州 itself');
  });

  it('without mapping.units the accounts carry no unit and PIPL-HR-001 judges none of them', async () => {
    const { keys } = await audit({ 'manifest.yaml': manifest, 'realm.json': REALM, 'roster.csv': roster, 'pipl-audit.yaml': projectFile('') });
    expect(keys('PIPL-HR-001')).toEqual([]);
    expect(keys('PIPL-HR-001', 'PASS')).toEqual([]);
  });

  it('without mapping.units a warning counts the joined accounts that carry no unit and names mapping.units, in English and in Chinese', async () => {
    const files = { 'manifest.yaml': manifest, 'realm.json': REALM, 'roster.csv': roster, 'pipl-audit.yaml': projectFile('') };
    const { result, dir } = await audit(files);
    const diagnostics = JSON.stringify((JSON.parse(result.stdout) as { diagnostics?: unknown }).diagnostics);
    expect(diagnostics).toContain('accounts joined to the staff list that carry no unit: 3 (outlets/lisi, outlets/wangwu, outlets/zhangsan)');
    expect(diagnostics).toContain("mapping.units (group path → unit)");
    const warning = (JSON.parse(result.stdout) as { diagnostics: Array<{ message: string; expected?: string }> }).diagnostics.find((d) => d.message.includes('carry no unit'));
    const zh = inputErrorZh(warning as { message: string; expected?: string });
    expect(zh.messageZh).toContain('已与花名册关联但未带所属单位的账号：3 个');
    expect(zh.expectedZh).toContain('mapping.units（群组路径 → 单位）');
    // The text report under --lang zh shows the warning in Chinese.
    const text = await runCliInProcess(['audit', 'pipl-audit.yaml', '--fail-on', 'none', '--lang', 'zh'], { cwd: dir });
    expect(text.stdout).toContain('roster.csv: 警告: 已与花名册关联但未带所属单位的账号：3 个');
    expect(text.stdout).not.toContain('carry no unit');
  });

  it('an overlay stating the unit by role (what a source without departments, e.g. a casbin model without domains, needs) ends the warning and PIPL-HR-001 judges the accounts', async () => {
    const overlaid = `${manifest}overlays:
  accounts:
    - match: { role: outlet-clerk }
      set: { unit: 北山驿站 }
`;
    const { result, keys } = await audit({ 'manifest.yaml': overlaid, 'realm.json': REALM, 'roster.csv': roster, 'pipl-audit.yaml': projectFile('') });
    expect(result.stdout).not.toContain('carry no unit');
    // HR lists all three in 南山驿站; the overlay puts their accounts in 北山驿站.
    expect(keys('PIPL-HR-001').sort()).toEqual(['outlets/lisi', 'outlets/wangwu', 'outlets/zhangsan']);
  });

  it('with mapping.units giving every joined account a unit, no such warning', async () => {
    const { result } = await audit({ 'manifest.yaml': manifest, 'realm.json': REALM, 'roster.csv': roster.replace(/\nE3,wangwu.*\n$/, '\n'), 'pipl-audit.yaml': projectFile('      units: { "/杭州/": "{group}" }\n') });
    expect(result.stdout).not.toContain('carry no unit');
  });
});

// A `kc.sh export` realm whose default role (default-roles-<realm>, a composite every user holds)
// carries an organisation-wide look-up, e-mail addresses on every user (registrationEmailAsUsername
// off: user names are not the addresses) and a staff list carrying a 企业邮箱 column.
describe('Keycloak users joined by e-mail; a unit-scoped grant beside a default role reaching the whole organisation', () => {
  const REALM = JSON.stringify({
    realm: 'stores',
    enabled: true,
    defaultRole: { name: 'default-roles-stores', composite: true, clientRole: false, containerId: 'stores' },
    roles: {
      realm: [
        { name: 'default-roles-stores', composite: true, composites: { realm: ['offline_access', 'listing-viewer'] }, clientRole: false, containerId: 'stores' },
        { name: 'listing-viewer', composite: false, clientRole: false, containerId: 'stores' },
        { name: 'store-agent', composite: false, clientRole: false, containerId: 'stores' },
        { name: 'offline_access', composite: false, clientRole: false, containerId: 'stores' },
      ],
    },
    groups: [{ name: '门店', path: '/门店', subGroups: [{ name: '徐家汇店', path: '/门店/徐家汇店', subGroups: [] }, { name: '陆家嘴店', path: '/门店/陆家嘴店', subGroups: [] }] }],
    users: [
      { username: 'zhaomin', email: 'ZhaoMin@anju.example', emailVerified: true, enabled: true, realmRoles: ['default-roles-stores', 'store-agent'], groups: ['/门店/徐家汇店'] },
      { username: 'qianli', email: 'qianli@anju.example', emailVerified: true, enabled: true, realmRoles: ['default-roles-stores', 'store-agent'], groups: ['/门店/陆家嘴店'] },
      { username: 'hq-sunyu', email: 'sunyu@anju.example', emailVerified: true, enabled: true, realmRoles: ['default-roles-stores'], groups: ['/门店/徐家汇店'] },
    ],
  });
  const manifest = `apiVersion: pipl-audit/v1
system: { id: brokerage, name: 经纪业务平台, asOf: 2024-06-01 }
stores:
  - id: clients
    kind: database
    fields:
      - { name: phone, category: contact.phone }
  - id: listings
    kind: database
    fields:
      - { name: owner_name, category: identity.name }
roles:
  - id: agent
    grants: [{ store: clients, actions: [read], scope: unit }]
  - id: listing-viewer
    grants: [{ store: listings, actions: [read], scope: organization }]
`;
  const roster = '工号,姓名,部门,企业邮箱,状态\nA01,赵敏,陆家嘴店,zhaomin@anju.example,在职\nA02,钱立,陆家嘴店,QianLi@Anju.example,在职\nA03,孙宇,总部,sunyu@anju.example,在职\n';
  const projectFile = `version: 1
manifests: [manifest.yaml]
sources:
  - type: keycloak
    path: realm.json
    mapping:
      roles: { store-agent: agent, listing-viewer: listing-viewer }
      units: { "/门店/": "{group}" }
  - type: hr-roster
    path: roster.csv
    options: { joinBy: email }
`;

  it('joins every user by e-mail whatever its case, and reports the moved agent naming the unit-scoped grant although the default role reaches the whole organisation', async () => {
    const { result, report, keys } = await audit({ 'manifest.yaml': manifest, 'realm.json': REALM, 'roster.csv': roster, 'pipl-audit.yaml': projectFile });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('could not be joined');
    // Nobody is taken for an outsider: all three are on the list.
    expect(keys('PIPL-QRY-009')).toEqual([]);
    expect(keys('PIPL-HR-001')).toEqual(['stores/zhaomin']);
    const finding = report?.findings.find((f) => f.ruleId === 'PIPL-HR-001' && f.status === 'FAIL') as unknown as { message: { en: string } };
    expect(finding.message.en).toContain('through the unit-scoped grants agent>clients,');
    expect(finding.message.en).not.toContain('listing-viewer>listings');
  });

  it('users exported without e-mail addresses are not joined, with the warning naming identifiers.email', async () => {
    const { result, keys } = await audit({ 'manifest.yaml': manifest, 'realm.json': REALM.replace(/"email":"[^"]*",/g, ''), 'roster.csv': roster, 'pipl-audit.yaml': projectFile });
    expect(result.stdout).toContain('3 personal accounts without email could not be joined');
    expect(result.stdout).toContain('identifiers.email');
    expect(keys('PIPL-HR-001')).toEqual([]);
  });
});
