// `--lang zh` on bad inputs of each importer and of the baseline, the exceptions and the evidence
// record: the CLI names the file and line in Chinese, exits 2 and writes nothing. In-process
// (tests/support/run-cli-in-process.ts): the messages are the subject.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, type CliResult } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';
import { untranslated } from './support/untranslated.js';

const zh = (args: string[], cwd?: string) => runCliInProcess([...args, '--lang', 'zh'], cwd ? { cwd } : {});

const CASBIN_MODEL = '[request_definition]\nr = sub, obj, act\n\n[policy_definition]\np = sub, obj, act\n\n[role_definition]\ng = _, _\n\n[policy_effect]\ne = some(where (p.eft == allow))\n\n[matchers]\nm = g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act\n';
const project = (type: string, path: string, extra = '') => `version: 1\nmanifests: [m.yaml]\nsources:\n  - type: ${type}\n    path: ${path}\n${extra}`;
const MANIFEST = 'apiVersion: pipl-audit/v1\nsystem: { id: s, name: S, asOf: 2024-01-01 }\n';

/** The run refused the input in Chinese, at `file:line`, with exit 2 and no English sentence. */
function refusedInChinese(r: CliResult, place: RegExp, says: string) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(place);
  expect(r.stderr).toContain(says);
  expect(r.stderr).toContain('错误:');
  expect(r.stderr).not.toMatch(/\b(error|expected|warning)\b/);
  expect(untranslated(r.stderr)).toEqual([]);
  expect(r.stdout).toBe('');
}

describe('--lang zh on bad inputs', () => {
  it('a file the project file names as a manifest that is not one: what it is and what was expected, in Chinese', async () => {
    const dir = tempDir({ 'm.yaml': 'version: 1\nsystem: { id: s }\n', 'pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\n' });
    refusedInChinese(await zh(['audit', dir]), /m\.yaml:1: 错误: /, '未读取：不支持非 pipl-audit 清单的 YAML（支持的格式：pipl-audit 系统清单（YAML 或 JSON）；');
    expect((await zh(['audit', dir])).stderr).toContain('（应为 至少一个清单文件（apiVersion: pipl-audit/v1）或受支持的导出');
  });

  it('Casbin: a role cycle in the policy', async () => {
    const dir = tempDir({ 'model.conf': CASBIN_MODEL, 'policy.csv': 'p, admin, /data, GET\ng, a, b\ng, b, a\n', 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('casbin', '.') });
    refusedInChinese(await zh(['audit', dir]), /policy\.csv:3: 错误: /, '角色链形成循环：a → b → a（g 第 2、3 行）（应为 无循环的角色继承');
  });

  it('PostgreSQL dump: a string left open', async () => {
    const dir = tempDir({ 'dump.sql': "--\n-- PostgreSQL database dump\n--\nCREATE ROLE alice;\nCREATE TABLE t (a text);\nINSERT INTO t VALUES ('oops);\n", 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('postgresql', 'dump.sql') });
    refusedInChinese(await zh(['audit', dir]), /dump\.sql:6: 错误: /, '带引号的字符串未闭合（应为 pg_dump 或 pg_dumpall 写出的 SQL）');
  });

  it('Keycloak: a JSON file that is not a realm export, and a mapping naming a role no manifest declares', async () => {
    const dir = tempDir({ 'realm.json': '{\n  "foo": 1\n}\n', 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('keycloak', 'realm.json') });
    refusedInChinese(await zh(['audit', dir]), /realm\.json:1:1: 错误: /, '不是 Keycloak 域导出（应为 含 "realm" 及域设置');
    const realm = JSON.stringify({ realm: 'shop', enabled: true, roles: { realm: [{ name: 'clerk' }] }, users: [] }, null, 2);
    const mapped = tempDir({ 'realm.json': realm, 'm.yaml': `${MANIFEST}roles:\n  - id: shop-clerk\n    name: Clerk\n`, 'pipl-audit.yaml': project('keycloak', 'realm.json', '    mapping:\n      roles:\n        clerk: shop-clerks\n') });
    refusedInChinese(await zh(['audit', mapped]), /pipl-audit\.yaml:\d+:\d+: 错误: /, 'Keycloak 角色 "clerk" 的映射指向角色 "shop-clerks"，但没有清单声明该角色（是否应为 "shop-clerk"？）');
  });

  it('RuoYi and JeecgBoot dumps: a string left open, a dump without users', async () => {
    const ruoyi = tempDir({ 'dump.sql': "CREATE TABLE sys_user (user_id int);\nINSERT INTO sys_user VALUES (1, 'x);\n", 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('ruoyi', 'dump.sql') });
    refusedInChinese(await zh(['audit', ruoyi]), /dump\.sql:2:33: 错误: /, "从此处开始的字符串未闭合（应为 闭合的 '）");
    const jeecg = tempDir({ 'dump.sql': 'CREATE TABLE sys_role (id varchar(32), role_code varchar(100));\n', 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('jeecg', 'dump.sql') });
    refusedInChinese(await zh(['audit', jeecg]), /dump\.sql:\d+: 错误: /, '导出中没有 sys_user 的行（应为 含 INSERT INTO sys_user 的 JeecgBoot 导出）');
  });

  it('HR roster: a staff list without the column to join by', async () => {
    const dir = tempDir({ 'staff.csv': 'a,b\n1,2\n', 'm.yaml': MANIFEST, 'pipl-audit.yaml': project('hr-roster', 'staff.csv', '    options: { joinBy: phone }\n') });
    refusedInChinese(await zh(['audit', dir]), /staff\.csv:1: 错误: /, '前 10 行中没有含 phone 列的表头行（UTF-8 编码的 CSV）（应为 名为以下之一的列：手机号、');
  });

  it('baseline and exceptions: a report of another version, an unknown rule', async () => {
    const dir = tempDir({ 'old.json': '{\n  "reportVersion": 99,\n  "findings": []\n}\n', 'exc.yaml': 'version: 1\nexceptions:\n  - id: e1\n    rule: PIPL-NOPE-001\n    target: "x"\n    reason: r\n    approver: a\n    expires: 2030-01-01\n' });
    refusedInChinese(await zh(['audit', 'examples/gym/before', '--baseline', join(dir, 'old.json')]), /old\.json:2:3: 错误: /, '报告版本 99 不能作为此版本 pipl-audit 的基线');
    refusedInChinese(await zh(['audit', 'examples/gym/before', '--exceptions', join(dir, 'exc.yaml')]), /exc\.yaml:4:5: 错误: /, '未知的规则编号 "PIPL-NOPE-001"');
  });

  it('evidence check: a record whose baseDir leaves its folder', async () => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/gym/before'), join(dir, 'p'), { recursive: true });
    expect((await zh(['audit', 'p', '-f', 'json', '-o', 'r.json', '--evidence', 'ev.json'], dir)).code).toBe(1);
    const record = JSON.parse(readFileSync(join(dir, 'ev.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'ev.json'), JSON.stringify({ ...record, baseDir: '../up' }, null, 2));
    refusedInChinese(await zh(['evidence', 'check', 'ev.json'], dir), /ev\.json:\d+:3: 错误: \/baseDir: /, 'baseDir "../up" 指向证据记录所在文件夹之外');
  });

  it('a YAML flow map left open is reported once', async () => {
    const dir = tempDir({ 'm.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - id: x\n    fields: [ {name: a\n' });
    const r = await zh(['audit', join(dir, 'm.yaml')]);
    refusedInChinese(r, /m\.yaml:5:1: 错误: /, 'YAML 格式错误：缩进未对齐');
    expect(r.stderr.match(/YAML 格式错误/g)).toHaveLength(1);
    expect(r.stderr).toContain('1 个输入错误');
  });

  it('a usage error: --docs-url that is not a documentation base', async () => {
    const r = await zh(['audit', 'examples/gym/before', '--docs-url', 'ftp://x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--docs-url 应为提供 README.md 和 docs/ 的绝对 http(s) 地址');
    expect(untranslated(r.stderr)).toEqual([]);
  });
});
