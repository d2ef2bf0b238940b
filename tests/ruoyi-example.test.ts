// End to end: the built CLI audits examples/courier-ruoyi — a courier outlet back office on
// RuoYi-Vue, described by a mysqldump, an HR staff list (GBK CSV), a RAM policy bundle of the OSS
// bucket the exports go to, and a minimal manifest — and finds the courier case's
// query-permission, credential, leaver, outsider and cloud-storage failures from those files
// alone; after/ (the rectification) resolves them. Where the rectified scope rests on tables whose enforcement the code would have
// to show (@DataScope), the finding is NOT_EVALUATED, never PASS. The expectations are written
// out by hand.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/report-schema.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

async function auditJson(path: string): Promise<AuditReport> {
  // --include-passed: a PASS is listed too, so a test can show a rule was decided, not skipped.
  const result = await runCliInProcess(['audit', path, '--format', 'json', '--fail-on', 'none', '--lang', 'en', '--include-passed']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as AuditReport;
}

function findings(report: AuditReport, status: string): string[] {
  return report.findings.filter((f) => f.status === status).map((f) => `${f.ruleId} ${f.target.key}`).sort();
}

/** The accounts of a rule's findings with a status: a grouped finding (one cause) by its members. */
function members(report: AuditReport, rule: string, status: string): string[] {
  return report.findings.filter((f) => f.ruleId === rule && f.status === status).flatMap((f) => f.members?.items.map((m) => m.key) ?? [f.target.key]).sort();
}

describe('examples/courier-ruoyi', () => {
  let before: AuditReport;
  let after: AuditReport;
  beforeAll(async () => {
    before = await auditJson('examples/courier-ruoyi/before');
    after = await auditJson('examples/courier-ruoyi/after');
  });

  it('before/: the supervisor role left at data scope 1 looks up and exports anyone’s waybills by phone number', () => {
    const failed = findings(before, 'FAIL');
    expect(failed).toContain('PIPL-QRY-001 ruoyi/outlet_supervisor>waybill-lookup');
    // Unmasked results of the same lookup are one cause with it: folded into the QRY-001 finding as an aspect.
    const lookupFinding = before.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.target.key === 'ruoyi/outlet_supervisor>waybill-lookup') as { aspects?: Array<{ ruleId: string; target: { key: string } }> } | undefined;
    expect(lookupFinding?.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)).toContain('PIPL-QRY-002 ruoyi/outlet_supervisor>waybill-lookup');
    expect(failed).toContain('PIPL-QRY-002 ruoyi/outlet_supervisor>waybill-export');
    const lookup = before.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.target.key === 'ruoyi/outlet_supervisor>waybill-lookup');
    // The evidence is the sys_role row whose data_scope the console left at its default.
    expect(lookup?.evidence[0]).toMatchObject({ file: 'examples/courier-ruoyi/before/db/ruoyi-dump.sql', line: 214 });
  });

  it('before/: demo accounts, the MD5 password, the weak policy, no second factor, a dormant account, deletable logs', () => {
    const failed = findings(before, 'FAIL');
    for (const expected of [
      'PIPL-CRED-002 ruoyi/admin',
      'PIPL-CRED-002 ruoyi/ry',
      'PIPL-CRED-003 ruoyi/password-policy',
      'PIPL-CRED-007 ruoyi/wangqiang',
      'PIPL-LOG-007 courier-outlet-ruoyi',
    ]) expect(failed).toContain(expected);
    expect(failed.some((f) => f.startsWith('PIPL-CRED-006 '))).toBe(true);
    // The MD5 password is one account's, stored otherwise than the deployment's bcrypt: one finding
    // on that account (PIPL-IDP-002), not a second one on the policy every account follows.
    expect(failed.some((f) => f.startsWith('PIPL-IDP-002 '))).toBe(true);
    expect(failed).not.toContain('PIPL-CRED-009 ruoyi/password-policy');
  });

  it('before/: lists the unmapped customer call-back screen and who exported waybills', () => {
    const notes = (before.coverage ?? []).map((c) => `${c.kind} ${c.name}`);
    expect(notes).toContain('perm crm:callback:list (客户回访)');
    expect(notes).toContain('export zhangwei: 运单查询');
  });

  it('after/: none of those failures remain', () => {
    const failed = findings(after, 'FAIL');
    for (const gone of ['PIPL-QRY-001 ruoyi/outlet_supervisor>waybill-lookup', 'PIPL-QRY-002 ruoyi/outlet_supervisor>waybill-lookup', 'PIPL-CRED-002 ruoyi/admin', 'PIPL-CRED-002 ruoyi/ry', 'PIPL-CRED-003 ruoyi/password-policy', 'PIPL-CRED-009 ruoyi/password-policy', 'PIPL-CRED-007 ruoyi/wangqiang']) {
      expect(failed).not.toContain(gone);
    }
    expect(failed.filter((f) => f.startsWith('PIPL-CRED-006 ') || f.startsWith('PIPL-IDP-002 '))).toEqual([]);
  });

  it('before/: the HR staff list shows a leaver whose RuoYi account is still enabled and an account matching no employee', () => {
    const leaver = before.findings.filter((f) => f.ruleId === 'PIPL-CRED-008' && f.status === 'FAIL');
    expect(leaver.map((f) => f.target.key)).toEqual(['ruoyi/chenjing']);
    // The fact "left" cites the staff list's row (title row and header above it: 陈静 is line 8).
    expect(leaver[0]?.evidence).toContainEqual(expect.objectContaining({ file: 'examples/courier-ruoyi/before/hr/花名册-2022-10.csv', line: 8 }));
    // The labour-agency temp worker's account joins no row of the list: an outsider reaching waybills.
    expect(members(before, 'PIPL-QRY-009', 'FAIL')).toEqual(['ruoyi/sunhao_lw']);
    // Every other personal RuoYi account joined an employee by its phone number.
    expect(members(before, 'PIPL-QRY-009', 'PASS')).toEqual(['ruoyi/lina', 'ruoyi/wangqiang', 'ruoyi/zhangwei']);
  });

  it('before/: the export bucket is public-read, a person holds oss:* on it with an AccessKey older than 90 days', () => {
    expect(findings(before, 'FAIL')).toEqual(expect.arrayContaining([
      'PIPL-CLOUD-001 ram:public/sd-waybill-exports>store:waybill-exports',
      'PIPL-CLOUD-003 ram:liuyang',
    ]));
    // Full control is grouped by the policy statement (one cause): the grant is its member.
    expect(members(before, 'PIPL-CLOUD-002', 'FAIL')).toContain('ram:user/liuyang>store:waybill-exports');
    // The export program only puts objects: no full control, and its key is a program's, not a person's.
    expect(findings(before, 'FAIL').filter((f) => f.includes('waybill-export-app') && /CLOUD-00[23]/.test(f))).toEqual([]);
    // AccessKey ids are never printed in full.
    expect(JSON.stringify(before)).not.toContain('LTAI5tKp3Wm8Xr2Nq7Ys4Bv6');
  });

  it('after/: the leaver disabled, the temp worker removed, the bucket private, least privilege, keys rotated', () => {
    for (const rule of ['PIPL-CRED-008', 'PIPL-QRY-009', 'PIPL-CLOUD-001', 'PIPL-CLOUD-002', 'PIPL-CLOUD-003']) {
      expect(after.rules.find((r) => r.id === rule)?.counts.FAIL, rule).toBe(0);
    }
    // Decided, not skipped: the disabled leaver's account passes, every remaining account joined an employee.
    expect(findings(after, 'PASS')).toContain('PIPL-CRED-008 ruoyi/chenjing');
    expect(members(after, 'PIPL-QRY-009', 'PASS')).toEqual(['ruoyi/admin', 'ruoyi/lina', 'ruoyi/wangqiang', 'ruoyi/zhangwei']);
    expect(findings(after, 'PASS')).toContain('PIPL-CLOUD-003 ram:liuyang');
    // Nobody holds oss:* any more; the roles left are a prefix download and a put.
    expect(members(after, 'PIPL-CLOUD-002', 'PASS')).toEqual(expect.arrayContaining(['ram:role/outlet-export-download>store:waybill-exports', 'ram:role/waybill-export-writer>store:waybill-exports']));
  });

  it('the RAM users are governed by the account’s password policy: before/ its content unstated, after/ read from GetPasswordPolicy', () => {
    expect(members(before, 'PIPL-CRED-011', 'FAIL').filter((k) => k.startsWith('ram:'))).toEqual([]);
    expect(findings(before, 'NOT_EVALUATED')).toContain('PIPL-CRED-004 ram:password-policy');
    expect(findings(after, 'PASS')).toEqual(expect.arrayContaining(['PIPL-CRED-003 ram:password-policy', 'PIPL-CRED-004 ram:password-policy']));
  });

  it('after/: a RAM grant on one outlet’s prefix reaches that outlet’s exports (unit-set), the writer on every prefix any record', async () => {
    const grants = JSON.parse((await runCliInProcess(['views', 'examples/courier-ruoyi/after/pipl-audit.yaml', '--view', 'grant'])).stdout) as Array<{ key: string; grant: { scope: string; units?: string[] } }>;
    const scopeOf = (key: string) => grants.find((g) => g.key === key)?.grant;
    expect(scopeOf('ram:role/outlet-export-download>store:waybill-exports')).toMatchObject({ scope: 'unit-set', units: ['outlet-0755-xixiang'] });
    expect(scopeOf('ram:role/waybill-export-writer>store:waybill-exports')?.scope).toBe('any');
  });

  it('after/: the supervisor’s own-outlet scope is what the tables grant, not shown enforced: NOT_EVALUATED, never PASS', () => {
    expect(findings(after, 'NOT_EVALUATED')).toContain('PIPL-QRY-001 ruoyi/outlet_supervisor>waybill-lookup');
    const qry001 = after.rules.find((r) => r.id === 'PIPL-QRY-001');
    // What stays FAIL is RuoYi's super administrator (role admin, held by user id 1): *:*:*, no data filter.
    expect(qry001?.counts).toMatchObject({ PASS: 0, FAIL: 1 });
    // Of the lookup screen's grants only the supervisor's is NOT_EVALUATED (the others not
    // evaluated are on the task list and the export, which state no lookupKeys).
    expect(findings(after, 'NOT_EVALUATED').filter((f) => f.startsWith('PIPL-QRY-001 ') && f.endsWith('>waybill-lookup'))).toEqual(['PIPL-QRY-001 ruoyi/outlet_supervisor>waybill-lookup']);
  });
});

describe('a RuoYi mapping naming a permission the dump does not define', () => {
  it('exits 2 at the mapping entry’s line with the nearest permission, writing no report', async () => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/courier-ruoyi/before'), dir, { recursive: true });
    const project = join(dir, 'pipl-audit.yaml');
    writeFileSync(project, readFileSync(project, 'utf8').replace('"waybill:query:export": waybill-export', '"waybill:query:exprt": waybill-export'));
    const result = await runCliInProcess(['audit', '.', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipl-audit\.yaml:\d+:\d+: error: \/sources\/0\/mapping\/perms\/waybill:query:exprt: mapping names RuoYi permission "waybill:query:exprt", which no sys_menu row of db\/ruoyi-dump\.sql defines \(did you mean "waybill:query:export"\?\)/);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });
});

describe('RuoYi grants have no end date', () => {
  // sys_role_menu (role_id, menu_id) and sys_user_role (user_id, role_id) have no column for one:
  // every grant states expires none; a fork's end-date column leaves it unstated.
  const grantsOf = async (dump: string) => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/courier-ruoyi/before'), dir, { recursive: true });
    writeFileSync(join(dir, 'db/ruoyi-dump.sql'), dump);
    return JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir })).stdout) as Array<{ key: string; grant: Record<string, unknown> }>;
  };
  const dump = readFileSync(join(REPO_ROOT, 'examples/courier-ruoyi/before/db/ruoyi-dump.sql'), 'utf8');

  it('states expires none on the grants the tables give', async () => {
    const ruoyi = (await grantsOf(dump)).filter((g) => g.key.startsWith('ruoyi/'));
    expect(ruoyi.length).toBeGreaterThan(0);
    for (const g of ruoyi) expect(g.grant.expires).toBe('none');
  });

  it("leaves it unstated where sys_role_menu has a column that may hold an end date", async () => {
    const fork = dump
      .replace(/(CREATE TABLE `sys_role_menu` \([^;]*?`menu_id`[^,]*,)/, '$1\n  `expire_time` datetime DEFAULT NULL,')
      .replace(/^(INSERT INTO `sys_role_menu` VALUES )(.*);$/m, (_m, head: string, rows: string) => `${head}${rows.replace(/\((\d+),(\d+)\)/g, '($1,$2,NULL)')};`);
    expect(fork).not.toBe(dump);
    const ruoyi = (await grantsOf(fork)).filter((g) => g.key.startsWith('ruoyi/'));
    expect(ruoyi.length).toBeGreaterThan(0);
    for (const g of ruoyi) expect(g.grant).not.toHaveProperty('expires');
  });
});
