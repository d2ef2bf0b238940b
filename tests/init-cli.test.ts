// End to end, as a new user would: from a folder holding only a PostgreSQL dump and a Keycloak
// realm export, `init` drafts a project and `audit` runs on it at once — NOT_EVALUATED where
// facts are still TODO, and the summary says how many. When a later dump holds a table the
// project does not declare (a forgotten waybill_backup_2021), the audit reports undeclared PI
// with its evidence, masked. A MySQL dump is discovered the same way.
import { copyFileSync, existsSync, mkdirSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { REPO_ROOT, runCli, type CliResult } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/init');

interface Finding {
  ruleId: string;
  status: string;
  target: { key: string; label: string };
  message: { en: string; zh: string };
  evidence: Array<{ file: string; line?: number }>;
}

/** Full values of the fixtures' PI: none may appear in any output. */
const FULL_VALUES = ['13812345678', '15987654321', '13900001111', '11010519491231002X', '44030619850607123X', '6222021001123456789', '4367420000123454'];

const BACKUP_TABLE = `
--
-- Name: waybill_backup_2021; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.waybill_backup_2021 (
    id bigint NOT NULL,
    c2 text,
    c3 text,
    c4 text
);

COPY public.waybill_backup_2021 (id, c2, c3, c4) FROM stdin;
1	13812345678	11010519491231002X	深圳
2	15987654321	44030619850607123X	广州
3	\\N	\\N	东莞
\\.
`;

describe('init then audit, from an empty folder with a PostgreSQL dump and a Keycloak realm', () => {
  let dir: string;
  let init: CliResult;
  let audit: CliResult;
  let report: { summary: { factsToState?: number; counts: Record<string, number> }; findings: Finding[] };

  beforeAll(() => {
    dir = tempDir({});
    mkdirSync(join(dir, 'db'));
    mkdirSync(join(dir, 'keycloak'));
    copyFileSync(join(FIXTURES, 'station/db/station-dump.sql'), join(dir, 'db/station-dump.sql'));
    copyFileSync(join(FIXTURES, 'station/keycloak/realm-export.json'), join(dir, 'keycloak/realm-export.json'));
    init = runCli(['init', dir, '--yes']);
    audit = runCli(['audit', dir, '--fail-on', 'none', '-f', 'json', '-o', join(dir, 'report.json'), '-f', 'text', '-o', '-']);
    if (existsSync(join(dir, 'report.json'))) report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  });

  it('init writes a project file with a source per export and a draft manifest, and says how many facts are to state', () => {
    expect(init.stderr).toContain('2 sources: keycloak, postgresql');
    expect(init.code).toBe(0);
    const project = parse(readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8')) as { sources: Array<{ type: string; path: string; mapping: { tables?: Record<string, { store: string }>; roles?: Record<string, string> } }> };
    expect(project.sources.map((s) => s.type)).toEqual(['keycloak', 'postgresql']);
    const pg = project.sources.find((s) => s.type === 'postgresql');
    expect(pg?.mapping.tables).toEqual({ 'public.members': { store: 'members' }, 'public.parcels': { store: 'parcels' } });
    expect(project.sources.find((s) => s.type === 'keycloak')?.mapping.roles).toMatchObject({ courier: 'courier', 'waybill-web/lookup-by-phone': 'waybill-web-lookup-by-phone' });
    const manifestText = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    const manifest = parse(manifestText) as { stores: Array<{ id: string; fields: Array<{ name: string; category: string }> }> };
    const parcels = manifest.stores.find((s) => s.id === 'parcels');
    expect(parcels?.fields).toEqual([
      { name: 'waybill_no', category: 'logistics.waybill-number' },
      { name: 'recipient_name', category: 'identity.name' },
      { name: 'recipient_phone', category: 'contact.phone' },
      { name: 'recipient_address', category: 'contact.address' },
    ]);
    expect(manifest.stores.find((s) => s.id === 'members')?.fields.map((f) => f.category)).toEqual(['identity.name', 'contact.phone', 'identity.id-number', 'vehicle.licence-plate', 'biometric.face-template', 'financial.payment-card']);
    const todos = manifestText.split('\n').filter((l) => /^\s*# TODO /.test(l)).length + readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8').split('\n').filter((l) => /^\s*# TODO /.test(l)).length;
    expect(init.stderr).toContain(`${todos} facts still to state`);
    for (const value of FULL_VALUES) expect(manifestText + init.stderr).not.toContain(value);
  });

  it('audit runs on the draft at once: a report, NOT_EVALUATED where TODOs remain, and the count of facts to state', () => {
    expect(audit.stderr).not.toContain('error');
    expect(audit.code).toBe(0);
    expect(report.summary.factsToState).toBeGreaterThan(10);
    expect(audit.stdout).toContain(`${report.summary.factsToState} facts still to state`);
    expect(report.summary.counts.NOT_EVALUATED).toBeGreaterThan(0);
    // Everything the exports hold is declared by the draft.
    expect(report.findings.filter((f) => f.ruleId === 'PIPL-DB-008' && f.status === 'FAIL')).toEqual([]);
  });

  it('a table the next dump adds and no one declared is undeclared PI: one finding, its columns, masked evidence, file:line', async () => {
    appendFileSync(join(dir, 'db/station-dump.sql'), BACKUP_TABLE);
    const again = await runCliInProcess(['audit', dir, '--fail-on', 'high', '-f', 'json', '-o', join(dir, 'report2.json'), '-f', 'text', '-o', '-']);
    expect(again.code).toBe(1);
    const second = JSON.parse(readFileSync(join(dir, 'report2.json'), 'utf8')) as typeof report;
    const undeclared = second.findings.filter((f) => f.ruleId === 'PIPL-DB-008');
    expect(undeclared).toHaveLength(1);
    const [finding] = undeclared as [Finding];
    expect(finding.status).toBe('FAIL');
    expect(finding.target.key).toBe('postgresql:public.waybill_backup_2021');
    expect(finding.message.en).toContain('c2 (contact.phone: 2 of 2 sampled values are mainland mobile numbers (e.g. 138****5678, 159****4321))');
    expect(finding.message.en).toContain('c3 (identity.id-number: 2 of 2 sampled values are resident ID numbers');
    expect(finding.message.en).not.toContain('c4');
    const dumpLines = readFileSync(join(dir, 'db/station-dump.sql'), 'utf8').split('\n');
    const createLine = dumpLines.findIndex((l) => l.startsWith('CREATE TABLE public.waybill_backup_2021')) + 1;
    expect(finding.evidence[0]).toMatchObject({ file: expect.stringContaining('db/station-dump.sql'), line: createLine });
    expect(again.stdout).toContain('PIPL-DB-008');
    for (const value of FULL_VALUES) {
      expect(again.stdout + again.stderr).not.toContain(value);
      expect(readFileSync(join(dir, 'report2.json'), 'utf8')).not.toContain(value);
    }
  });

  it('init never overwrites without --force', async () => {
    const before = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    writeFileSync(join(dir, 'manifest.yaml'), `${before}# edited by hand\n`);
    const refused = await runCliInProcess(['init', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to overwrite');
    expect(readFileSync(join(dir, 'manifest.yaml'), 'utf8')).toContain('# edited by hand');
  });

  it('init refuses an export outside the project folder', async () => {
    const other = tempDir({ 'dump.sql': readFileSync(join(FIXTURES, 'station/db/station-dump.sql'), 'utf8') });
    const empty = tempDir({});
    const refused = await runCliInProcess(['init', empty, join(other, 'dump.sql')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('outside the project folder');
    expect(existsSync(join(empty, 'pipl-audit.yaml'))).toBe(false);
  });
});

describe('init then audit, from an empty folder with a RuoYi dump and a Keycloak realm', () => {
  it('drafts a source per export with only the mapping keys each reader takes, and audit reports on both at once', async () => {
    const dir = tempDir({});
    mkdirSync(join(dir, 'db'));
    mkdirSync(join(dir, 'keycloak'));
    copyFileSync(join(REPO_ROOT, 'tests/fixtures/ruoyi/ry-vue-seed-shape.sql'), join(dir, 'db/ry_20240601.sql'));
    copyFileSync(join(FIXTURES, 'station/keycloak/realm-export.json'), join(dir, 'keycloak/realm-export.json'));
    const init = await runCliInProcess(['init', dir, '--yes']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('2 sources: keycloak, ruoyi');
    const projectText = readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8');
    const project = parse(projectText) as { sources: Array<{ type: string; path: string; mapping?: Record<string, unknown> }> };
    expect(project.sources.map((s) => [s.type, s.path])).toEqual([['keycloak', 'keycloak/realm-export.json'], ['ruoyi', 'db/ry_20240601.sql']]);
    // RuoYi's roles are imported as they are; what the draft cannot know is which perm is which interface.
    expect(project.sources.find((s) => s.type === 'ruoyi')?.mapping).toBeUndefined();
    expect(projectText).toMatch(/^ {6}# TODO perms: /m);
    const manifest = parse(readFileSync(join(dir, 'manifest.yaml'), 'utf8')) as { roles: Array<{ id: string }> };
    expect(manifest.roles.map((r) => r.id)).toEqual(['courier', 'outlet-staff', 'waybill-web-lookup-by-phone']);

    const audit = await runCliInProcess(['audit', dir, '--lang', 'en', '-f', 'json', '-o', join(dir, 'report.json'), '-f', 'text', '-o', '-']);
    expect(audit.code, audit.stderr).toBe(1); // the seed's demo accounts and the realm's password policy fail at high
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { inputs: Array<{ path: string; format: string }>; summary: { factsToState?: number }; findings: Finding[] };
    expect(report.inputs.map((i) => i.format).sort()).toEqual(['keycloak', 'manifest', 'ruoyi']);
    const failedIn = (file: string) => report.findings.filter((f) => f.status === 'FAIL' && f.evidence[0]?.file.endsWith(file)).map((f) => f.ruleId);
    expect(failedIn('db/ry_20240601.sql').length).toBeGreaterThan(0);
    expect(failedIn('keycloak/realm-export.json').length).toBeGreaterThan(0);
    expect(report.summary.factsToState).toBeGreaterThan(0);
    expect(audit.stdout).toContain(`${report.summary.factsToState} facts still to state`);
  });
});

describe('init on a Casbin model with a policy (the shape of public rbac_model.conf / rbac_policy.csv pairs)', () => {
  it('cites the policy for a drafted subject, and counts no g-line members as unmapped once their roles are drafted', async () => {
    const dir = tempDir({
      'rbac_model.conf': '[request_definition]\nr = sub, obj, act\n\n[policy_definition]\np = sub, obj, act\n\n[role_definition]\ng = _, _\n\n[policy_effect]\ne = some(where (p.eft == allow))\n\n[matchers]\nm = g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act\n',
      'rbac_policy.csv': 'p, clerk, /api/members, GET\np, admin, /api/members, POST\ng, ham, clerk\ng, jack, clerk\ng, tom, admin\n',
    });
    const init = await runCliInProcess(['init', dir, '--yes', '--lang', 'en']);
    expect(init.code, init.stderr).toBe(0);
    const projectText = readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8');
    expect(parse(projectText).sources[0].mapping.subjects).toEqual({ clerk: 'clerk', admin: 'admin' });
    // ham, jack and tom hold the drafted subjects: they are imported as accounts, not "still unmapped".
    expect(projectText).not.toMatch(/users?\b.*not mapped|not mapped yet:.*users?/);
    expect(projectText).toContain('also not mapped yet: 1 object');
    const manifestText = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    expect(manifestText).toContain('name: clerk   # from casbin rbac_policy.csv');
    expect(manifestText).not.toContain('rbac_model.conf');
  });
});

describe('PI discovery in a MySQL dump', () => {
  it('an unmapped dump: one finding per table with PI, columns by name, comment and content, masked; non-PI look-alikes left out', async () => {
    const dir = tempDir({ 'shop-dump.sql': readFileSync(join(FIXTURES, 'mysql/shop-dump.sql'), 'utf8') });
    const result = await runCliInProcess(['audit', dir, '--fail-on', 'none', '-f', 'json', '-o', '-']);
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Finding[] };
    const undeclared = report.findings.filter((f) => f.ruleId === 'PIPL-DB-008');
    expect(undeclared.map((f) => f.target.key).sort()).toEqual(['mysql:shop.drivers', 'mysql:shop.orders']);
    const orders = undeclared.find((f) => f.target.key === 'mysql:shop.orders') as Finding;
    expect(orders.message.en).toContain('buyerMobile (contact.phone: name "mobile", comment "手机号", 3 of 3 sampled values are mainland mobile numbers');
    expect(orders.message.en).toContain('收货地址 (contact.address: name "地址")');
    expect(orders.message.en).toContain('bank_card (financial.payment-card: name "bank_card", comment "银行卡", 3 of 3 sampled values are bank card numbers passing the Luhn check');
    expect(orders.message.en).not.toMatch(/mobile_app_version|address_id|note \(/);
    const drivers = undeclared.find((f) => f.target.key === 'mysql:shop.drivers') as Finding;
    // One of the two ID numbers has a wrong check digit: it does not count.
    expect(drivers.message.en).toContain('身份证号 (identity.id-number: name "身份证号", 1 of 2 sampled values are resident ID numbers');
    const createLine = readFileSync(join(FIXTURES, 'mysql/shop-dump.sql'), 'utf8').split('\n').findIndex((l) => l.startsWith('CREATE TABLE `drivers`')) + 1;
    expect(drivers.evidence[0]).toMatchObject({ file: expect.stringContaining('shop-dump.sql'), line: createLine });
    for (const value of FULL_VALUES) expect(result.stdout).not.toContain(value);
  });

  it('mapped tables and columns are declared; sampling can be turned off', async () => {
    const dir = tempDir({
      'shop-dump.sql': readFileSync(join(FIXTURES, 'mysql/shop-dump.sql'), 'utf8'),
      'manifest.yaml': `apiVersion: pipl-audit/v1
system: { id: shop, name: Shop }
stores:
  - id: orders
    kind: table
    fields:
      - { name: buyerMobile, category: contact.phone }
      - { name: 收货地址, category: contact.address }
      - { name: refund_card, category: financial.payment-card }
`,
      'pipl-audit.yaml': `version: 1
manifests: [manifest.yaml]
sources:
  - type: mysql-dump
    path: shop-dump.sql
    options: { discovery: { sampleRows: 0 } }
    mapping:
      tables:
        shop.orders: { store: orders, columns: { bank_card: refund_card } }
`,
    });
    const result = await runCliInProcess(['audit', dir, '--fail-on', 'none', '-f', 'json', '-o', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Finding[] };
    const undeclared = report.findings.filter((f) => f.ruleId === 'PIPL-DB-008');
    expect(undeclared.map((f) => f.target.key)).toEqual(['mysql:shop.drivers']);
    expect(undeclared[0]?.message.en).not.toContain('sampled');
  });
});

describe('init beside manifests already in the folder', () => {
  it('uses the stores, roles and system they declare instead of declaring them again', async () => {
    const { initProject } = await import('../src/init/init-project.js');
    const dir = tempDir({
      'db/station-dump.sql': readFileSync(join(FIXTURES, 'station/db/station-dump.sql'), 'utf8'),
      'keycloak/realm-export.json': readFileSync(join(FIXTURES, 'station/keycloak/realm-export.json'), 'utf8'),
      'system.yaml': 'apiVersion: pipl-audit/v1\nsystem: { id: station, name: Station }\nstores:\n  - id: parcels\n    kind: table\n    fields:\n      - { name: recipient_phone, category: contact.phone }\nroles:\n  - id: courier\n',
    });
    const result = await initProject({ dir });
    const manifest = parse(result.draft.manifestText) as { system?: unknown; stores: Array<{ id: string }>; roles: Array<{ id: string }> };
    expect(manifest.system).toBeUndefined();
    expect(manifest.stores.map((s) => s.id)).toEqual(['members']);
    expect(manifest.roles.map((r) => r.id)).toEqual(['outlet-staff', 'waybill-web-lookup-by-phone']);
    const project = parse(result.draft.projectText) as { manifests: string[]; sources: Array<{ type: string; mapping: { tables?: Record<string, { store: string }>; roles?: Record<string, string> } }> };
    expect(project.manifests).toEqual(['manifest.yaml', 'system.yaml']);
    expect(project.sources.find((s) => s.type === 'postgresql')?.mapping.tables?.['public.parcels']).toEqual({ store: 'parcels' });
    expect(project.sources.find((s) => s.type === 'keycloak')?.mapping.roles?.courier).toBe('courier');
  });
});
