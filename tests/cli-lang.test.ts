// `--lang zh` reaches every line a user reads: each command's output in Chinese is scanned for
// untranslated English sentences (ids, paths, keys and proper nouns allowed by an explicit list),
// the CSV speaks Chinese, terminal tables with Chinese text line up by display width, `--help`
// is Chinese under --lang zh or a zh locale (English otherwise), and the language is chosen by
// the flag, then the project file's `lang:`, then the locale.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAuditCommand } from '../src/cli/audit-command.js';
import { registerBaselineCommand } from '../src/cli/baseline-command.js';
import { registerEvidenceCommand } from '../src/cli/evidence-command.js';
import { registerFrameworksCommand } from '../src/cli/frameworks-command.js';
import { registerInitCommand } from '../src/cli/init-command.js';
import { registerPrintCommand } from '../src/cli/print-command.js';
import { registerReachCommand } from '../src/cli/reach-command.js';
import { registerRecordCommand } from '../src/cli/record-command.js';
import { registerRulesCommand } from '../src/cli/rules-command.js';
import { registerSchemaCommand } from '../src/cli/schema-command.js';
import { registerVerifyCommand } from '../src/cli/verify-command.js';
import { registerViewsCommand } from '../src/cli/views-command.js';
import { displayWidth, padEndDisplay } from '../src/i18n/display-width.js';
import { HELP_ZH } from '../src/i18n/help-text.js';
import { statedByNeedsChinese } from '../src/i18n/stated-by-text.js';
import { VIEWS } from '../src/views/registry.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { sharedCli } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';
import { parseCsv } from './support/parse-csv.js';
import { untranslated } from './support/untranslated.js';

// In-process (tests/support/run-cli-in-process.ts): what is printed is the test's subject, not the
// process; the locale's runs below stay spawned, as a user's environment starts them.
const zh = (args: string[], env: Record<string, string> = {}) => runCliInProcess([...args, '--lang', 'zh'], { env });
/** A run that only reads the repository, printed once for the whole test run (tests/support/shared-results.ts): several tests and files read the same. */
const zhShared = (args: string[]) => sharedCli([...args, '--lang', 'zh']);

describe('untranslated English in --lang zh output', () => {
  it('the detector finds an English sentence and passes ids, paths and allowed names', async () => {
    expect(untranslated('账号 courier-0755 held by enabled users but not mapped')).toEqual(['held by enabled users but not mapped']);
    expect(untranslated('证据 examples/courier/before/access.yaml:64:5 /devices/0 关闭 Direct Access Grants')).toEqual([]);
  });

  let out: string;
  beforeAll(async () => {
    out = tempDir({});
  });

  it('audit: Keycloak role routes (PIPL-IDP-004), their glue words and how the role is held, in Chinese', async () => {
    // The lookup role inside the outlet group's outlet-staff composite, which the project maps to a
    // role reaching no PI (it looks harmless).
    const dir = tempDir({
      'm.yaml': `apiVersion: pipl-audit/v1
system: { id: outlets, name: Outlets, asOf: 2024-06-01 }
stores:
  - { id: waybills, kind: database, fields: [{ name: phone, category: contact.phone }] }
interfaces:
  - { id: lookup, kind: query-screen, store: waybills, returns: [phone] }
roles:
  - { id: outlet-supervisor, grants: [{ interface: lookup, actions: [read], scope: unit }] }
  - { id: outlet-member }
accounts:
  - id: courier-01
    type: personal
    status: active
    roles: [outlet-supervisor, outlet-member]
    roleOrigins:
      - { role: outlet-member, via: group, path: [group /outlets/0755, role outlet-staff] }
      - { role: outlet-supervisor, via: composite, path: [group /outlets/0755, role outlet-staff, role waybill-web/lookup-by-phone] }
`,
    });
    const r = await zh(['audit', join(dir, 'm.yaml'), '-f', 'markdown', '-o', join(dir, 'r.md')]);
    expect(r.stdout).toContain('1 条规则不合规');
    const markdown = readFileSync(join(dir, 'r.md'), 'utf8');
    expect(markdown).toContain('⇐ 群组 /outlets/0755 → 角色 outlet-staff');
    expect(markdown).toContain('（经复合角色）');
    expect(markdown).not.toMatch(/\((composite|group|direct|default)\)|→ role |⇐ group /);
  });

  it('audit: text on the terminal, the exit line, and the Markdown and CSV written beside it', async () => {
    const r = await zh(['audit', 'examples/courier/before', '-f', 'text', '-f', 'markdown', '-o', join(out, 'r.md'), '-f', 'csv', '-o', join(out, 'r.csv'), '-f', 'html', '-o', join(out, 'r.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('退出码 1：');
    expect(r.stdout).toContain('未映射的导出对象');
    expect(untranslated(r.stdout + r.stderr)).toEqual([]);
    // (The HTML report carries both languages on purpose, for its language switch: not scanned.)
    for (const file of ['r.md', 'r.csv']) expect({ file, leaks: untranslated(readFileSync(join(out, file), 'utf8')) }).toEqual({ file, leaks: [] });
    const markdown = readFileSync(join(out, 'r.md'), 'utf8');
    // A grouped finding's cause with an unstated value, in the summary line and the CSV target column.
    expect(markdown).toMatch(/account\.\w+ = （未说明）/);
    expect(markdown + readFileSync(join(out, 'r.csv'), 'utf8')).not.toContain('(not stated)');
  });

  it('RuoYi: the data-scope reason inside a Chinese coverage note is Chinese', async () => {
    const r = await zh(['audit', 'examples/courier-ruoyi/before']);
    expect(r.stdout).toContain('data_scope 2（自定数据权限）：部门 100、101（sys_role_dept）；');
    // Names that sum up several objects of the export read in Chinese too.
    expect(r.stdout).toContain('用户 1 个已删除用户');
    expect(r.stdout).toMatch(/权限 其他 \d+ 个权限/);
    expect(r.stdout).not.toMatch(/deleted user|other permission/);
    expect(untranslated(r.stdout + r.stderr)).toEqual([]);
  });

  it('init under --lang zh drafts its TODO comments in Chinese', async () => {
    const dir = tempDir({});
    for (const part of ['db', 'cloud', 'hr']) cpSync(join(REPO_ROOT, 'examples/courier-ruoyi/before', part), join(dir, part), { recursive: true });
    const r = await zh(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    const drafted = readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8') + readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    expect(drafted).toContain('# TODO perms: 每个权限字符串对应清单中的哪个接口');
    expect(drafted).toContain('# TODO interfaces: 数据从哪些页面');
    expect(drafted).toContain('个密码策略');
    expect(untranslated(drafted)).toEqual([]);
    expect(untranslated(r.stdout + r.stderr)).toEqual([]);
  });

  it('input errors that are not schema errors: unreadable YAML and JSON, a missing path, a path outside the project, an unknown rule', async () => {
    const dir = tempDir({
      'y/m.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - id: x\n    fields: [ {name: a\n',
      'j/m.json': '{"apiVersion": "pipl-audit/v1", "stores": [}',
      'c/pipl-audit.yaml': 'version: 1\nmanifests: [nope.yaml]\n',
      'o/pipl-audit.yaml': 'version: 1\nmanifests: [../y/m.yaml]\n',
    });
    const runs = [
      { r: await zh(['audit', join(dir, 'y/m.yaml')]), says: 'YAML 格式错误：缩进未对齐（应为 有效的 YAML）' },
      { r: await zh(['audit', join(dir, 'j/m.json')]), says: 'JSON 格式错误：缺少值（应为 有效的 JSON）' },
      { r: await zh(['audit', join(dir, 'c')]), says: '没有该文件或文件夹（应为 存在的清单文件，或存放清单的文件夹）' },
      { r: await zh(['audit', join(dir, 'o')]), says: '该路径指向项目文件夹之外' },
      { r: await zh(['audit', 'examples/courier/before', '--disable', 'PIPL-NOPE-001']), says: '规则 "PIPL-NOPE-001" 不在所用的规则包中' },
    ];
    for (const { r, says } of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(says);
      expect(r.stderr).not.toMatch(/\b(error|expected|malformed)\b/);
      expect(untranslated(r.stderr)).toEqual([]);
    }
  });

  it('audit with every format to files: the wrote lines and the summary', async () => {
    const r = await zh(['audit', 'examples/gym/before', '-f', 'json', '-o', join(out, 'g.json')]);
    expect(r.stdout).toContain(`已写入 ${join(out, 'g.json')}`);
    expect(untranslated(r.stdout + r.stderr)).toEqual([]);
  });

  it('reach with every category, its paths and why an action counts as export', async () => {
    const r = await zh(['reach', 'examples/courier-ruoyi/before', '--all']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('计为导出，因为');
    expect(untranslated(r.stdout + r.stderr)).toEqual([]);
  });

  it('verify, rules list and explain, frameworks list and explain', async () => {
    const runs = [];
    // One at a time: a run in this process is never concurrent with another.
    for (const args of [
      ['verify', '--recommendation', 'examples/courier/recommendation.yaml', '--before', 'examples/courier/before', '--after', 'examples/courier/after'],
      ['rules', 'list'],
      ['rules', 'explain', 'PIPL-CRED-007'],
      ['rules', 'explain', 'PIPL-CRED-001'],
      ['rules', 'explain', 'PIPL-QRY-001'], // a basis note the pack writes in English
      ['rules', '--help'], // a command with subcommands has its own `help [command]`
      ['evidence', '--help'],
      ['frameworks', 'list'],
      ['frameworks', 'explain', 'cac-2025', '20'],
    ]) {
      runs.push(await zhShared(args));
    }
    for (const r of runs) expect(untranslated(r.stdout + r.stderr)).toEqual([]);
    expect(runs[4]?.stdout).toContain('— 最小权限访问；敏感访问由业务流程触发');
    expect(runs[5]?.stdout).toMatch(/help \[命令\] +显示命令帮助/);
    const explain = runs[2]?.stdout ?? '';
    // Conditions in words, never the raw schema; the manifest key's gloss in Chinese.
    expect(explain).not.toContain('JSON Schema');
    expect(explain).not.toMatch(/\{"/);
    expect(explain).toContain('daysSinceLastLogin ≤ 参数 maxDormantDays（90）');
    expect(explain).toContain('accounts[].dormant（账号群组');
  });

  it('input errors (a bad project file, a bad manifest) and usage errors, exit 2', async () => {
    const dir = tempDir({
      'p/pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\nsourcez: []\n',
      'm.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - id: x\n    fields: 3\n',
    });
    const project = await zh(['audit', join(dir, 'p')]);
    expect(project.code).toBe(2);
    expect(project.stderr).toMatch(/pipl-audit\.yaml:3:1: 错误: \/sourcez: 未知的键 "sourcez"（是否应为 "sources"？）/);
    expect(project.stderr).toContain('1 个输入错误；未写出任何文件');
    const manifest = await zh(['audit', join(dir, 'm.yaml')]);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toContain('/stores/0/fields: 类型错误（应为 列表）');
    const usage = [await zh(['audit', 'examples/courier/before', '--fail-on', 'loud']), await zh(['audit', 'examples/courier/before', '--bogus']), await zh(['rules', 'explain', 'NOPE'])];
    for (const r of [project, manifest, ...usage]) {
      expect(r.code).toBe(2);
      expect(untranslated(r.stderr)).toEqual([]);
    }
    expect(usage[0]?.stderr).toContain('--fail-on 只能是');
    expect(usage[1]?.stderr).toContain("错误：未知选项 '--bogus'");
  });

  it('evidence check names what matched, the record id included, and fails an altered id', async () => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/gym/before'), join(dir, 'p'), { recursive: true });
    expect((await zh(['evidence', 'keygen', join(dir, 'k')])).stdout).toContain('公钥指纹');
    const audited = await runCliInProcess(['audit', 'p', '-f', 'json', '-o', 'r.json', '--evidence', 'ev.json', '--sign-key', 'k.key', '--lang', 'zh'], { cwd: dir });
    expect(audited.code).toBe(1);
    const ok = await zh(['evidence', 'check', join(dir, 'ev.json'), '--public-key', join(dir, 'k.pub')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/记录编号: 一致 — [0-9a-f]{64}/);
    expect(untranslated(ok.stdout)).toEqual([]);
    const record = JSON.parse(readFileSync(join(dir, 'ev.json'), 'utf8')) as { id: string };
    writeFileSync(join(dir, 'ev.json'), JSON.stringify({ ...record, id: '0'.repeat(64) }, null, 2));
    const altered = await zh(['evidence', 'check', join(dir, 'ev.json'), '--public-key', join(dir, 'k.pub')]);
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain('记录编号: 不一致');
    const english = await runCliInProcess(['evidence', 'check', join(dir, 'ev.json'), '--public-key', join(dir, 'k.pub'), '--lang', 'en']);
    expect(english.stdout).toContain('record id: CHANGED');
  });
});

describe('CSV in Chinese', () => {
  it('has Chinese column names and status values, rule ids as they are', async () => {
    const r = await zh(['audit', 'examples/courier/before', '-f', 'csv']);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual(['结论', '严重程度', '规则编号']);
    expect(rows.slice(1).map((row) => row[0])).toContain('不合规');
    expect(rows.slice(1).every((row) => /^PIPL-[A-Z]+-\d{3}$/.test(row[2] ?? ''))).toBe(true);
  });
});

describe('terminal tables with Chinese text', () => {
  it('counts wide characters as two columns', async () => {
    expect(displayWidth('严重')).toBe(4);
    expect(displayWidth('high')).toBe(4);
    expect(displayWidth('（可重复）')).toBe(10);
    expect(displayWidth('\u001b[1m高\u001b[0m')).toBe(2);
    expect(padEndDisplay('中', 9)).toBe('中       ');
  });

  it('rules list: the title column starts at the same display column on every row', async () => {
    const lines = (await zhShared(['rules', 'list'])).stdout.split('\n').filter((l) => /^ {2}PIPL-/.test(l));
    expect(lines.length).toBeGreaterThan(50);
    // `  ` + id (22) + ` ` + severity (9) + ` ` + theme (17) + ` `: every title starts at display column 53.
    const columns = lines.map((l) => displayWidth(/^( {2}\S+\s+\S+\s+\S+\s+)/.exec(l)?.[1] ?? ''));
    expect(new Set(columns)).toEqual(new Set([53]));
  });
});

describe('--help', () => {
  it('is Chinese under --lang zh and under a zh locale, English otherwise', async () => {
    const flag = await sharedCli(['--help', '--lang', 'zh']);
    const locale = runCli(['audit', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    const english = await runCliInProcess(['audit', '--help']);
    expect(flag.stdout).toContain('用法：');
    expect(flag.stdout).toContain('退出码：');
    expect(locale.stdout).toContain('选项：');
    expect(locale.stdout).toContain('审计基准日');
    expect(untranslated(flag.stdout)).toEqual([]);
    expect(untranslated(locale.stdout)).toEqual([]);
    expect(english.stdout).toContain('Usage:');
    expect(english.stdout).toContain('the date the audit speaks for');
  });

  it('wraps Chinese descriptions at the terminal width, between characters where there is no space', async () => {
    const help = (await sharedCli(['--help', '--lang', 'zh'])).stdout;
    const start = help.indexOf('命令：');
    const commands = help.slice(start, help.indexOf('\n\n', start));
    expect(commands).toContain('init [选项]');
    for (const line of commands.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // The views command's long description wrapped onto lines of its own, all aligned under the first.
    const views = commands.slice(commands.indexOf('  views'), commands.indexOf('  verify'));
    expect(views.split('\n').filter((l) => l.trim() !== '').length).toBeGreaterThan(2);
  });

  it('every command, option and argument description has its Chinese', async () => {
    const program = new Command();
    for (const register of [registerInitCommand, registerAuditCommand, registerBaselineCommand, registerReachCommand, registerRulesCommand, registerSchemaCommand, registerViewsCommand, registerVerifyCommand, registerEvidenceCommand, registerFrameworksCommand, registerRecordCommand, registerPrintCommand]) register(program);
    const missing: string[] = [];
    const walk = (command: Command) => {
      for (const text of [command.description(), ...command.options.map((o) => o.description), ...command.registeredArguments.map((a) => a.description)]) if (text && HELP_ZH[text] === undefined) missing.push(text);
      command.commands.forEach(walk);
    };
    walk(program);
    expect(missing).toEqual([]);
  });

  it('every manifest key hint a need message prints has its Chinese', async () => {
    const missing = VIEWS.flatMap((v) => Object.values(v.statedBy ?? {}).flatMap((s) => [s.manifest, ...(s.absent ? [s.absent] : [])])).filter(statedByNeedsChinese);
    expect([...new Set(missing)].join('\n')).toBe('');
  });
});

describe('which language', () => {
  it('follows --lang, then the project file, then the locale', async () => {
    const dir = tempDir({ 'pipl-audit.yaml': 'version: 1\nlang: zh\nmanifests: [m.yaml]\n', 'm.yaml': 'apiVersion: pipl-audit/v1\nsystem: { id: s, name: S, asOf: 2024-01-01 }\n' });
    expect((await runCliInProcess(['audit', dir, '--quiet'])).stdout).toMatch(/共运行 \d+ 条规则/);
    const english = (await runCliInProcess(['audit', dir, '--quiet', '--lang', 'en'])).stdout;
    expect(english).toMatch(/^\d+ rules? ran|rules/);
    expect(english).not.toMatch(/共运行/);
    const plain = tempDir({ 'm.yaml': 'apiVersion: pipl-audit/v1\nsystem: { id: s, name: S, asOf: 2024-01-01 }\n' });
    expect(runCli(['audit', join(plain, 'm.yaml'), '--quiet'], { env: { LC_ALL: 'zh_CN.UTF-8' } }).stdout).toMatch(/共运行/);
    expect((await runCliInProcess(['audit', join(plain, 'm.yaml'), '--quiet'])).stdout).not.toMatch(/共运行/);
  });
});
