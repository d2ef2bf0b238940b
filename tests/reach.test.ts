// Who reaches which PI: the reach map (paths, scope, fields, volume), snapshots that fail when
// access widens, and severities raised by the 2017 interpretation's volume thresholds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { computeReach } from '../src/reach/reach-map.js';
import { compareSnapshots, snapshotOf } from '../src/reach/reach-snapshot.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();

const MANIFEST = `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    records: 120000
    fields:
      - { name: waybill_no, category: logistics.waybill-number }
      - { name: recipient_phone, category: contact.phone }
      - { name: route, category: location.whereabouts }
  - id: trips
    kind: database
    records: 40
    fields:
      - { name: gps, category: location.whereabouts }
interfaces:
  - id: waybill-lookup
    kind: query-screen
    store: waybills
    lookupKeys: [recipient_phone]
    returns: [waybill_no, recipient_phone, route]
  - id: trip-view
    kind: query-screen
    store: trips
    returns: [gps]
roles:
  - id: base
    grants:
      - { interface: trip-view, actions: [read], scope: any }
  - id: supervisor
    inherits: [base]
    grants:
      - { interface: waybill-lookup, actions: [read], scope: unit }
  - id: auditor
    grants:
      - { store: waybills, actions: [read, export], scope: any, fields: [route] }
accounts:
  - { id: a1, type: personal, roles: [supervisor] }
  - { id: a2, type: personal, roles: [supervisor] }
  - { id: shared-1, type: shared, roles: [auditor] }
devices:
  - { id: scanners, kind: handheld-scanner, count: 300, interfaces: [waybill-lookup] }
`;

function reachOf(manifest: string) {
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': manifest }), taxonomy });
  return computeReach(new InventoryIndex(inventory, taxonomy));
}

describe('reach map', () => {
  const entries = reachOf(MANIFEST);
  const find = (subject: string, category: string) => entries.find((e) => e.subject === subject && e.category === category);

  it('follows inheritance and names the path, with the widest scope and the fields', () => {
    expect(find('supervisor', 'location.whereabouts')).toMatchObject({
      subjectKind: 'role',
      scope: 'any',
      sensitive: true,
      fields: ['trips.gps', 'waybills.route'],
      holders: 2,
      paths: ['role supervisor → interface waybill-lookup → store waybills (unit; read)', 'role supervisor ⊃ base → interface trip-view → store trips (any; read)'],
    });
  });

  it('estimates records only where the scope is unbounded, and flags the 2017 thresholds', () => {
    // 40 whereabouts records through an `any` grant: below the 50-record threshold; the unit-scoped
    // waybill lookup adds nothing estimable.
    expect(find('supervisor', 'location.whereabouts')).toMatchObject({ records: 40, volumeCrossing: null });
    expect(find('auditor', 'location.whereabouts')).toMatchObject({ records: 120000, volumeCrossing: { threshold: 50, volumeClass: 'whereabouts-credit-property' } });
    expect(find('auditor', 'contact.phone')).toBeUndefined();
  });

  it('covers account types and device classes, a device of unstated scope taken at the widest', () => {
    expect(find('shared', 'location.whereabouts')).toMatchObject({ subjectKind: 'account-type', scope: 'any', holders: 1 });
    expect(find('handheld-scanner', 'contact.phone')).toMatchObject({ subjectKind: 'device-class', scope: 'any', holders: 300, records: 120000 });
    expect(find('handheld-scanner', 'contact.phone')?.paths[0]).toContain('device scanners (scope not stated)');
  });
});

describe('reach snapshots', () => {
  const reviewed = snapshotOf(reachOf(MANIFEST), null);

  it('see no change in the same inventory', () => {
    expect(compareSnapshots(reviewed, snapshotOf(reachOf(MANIFEST), null))).toEqual([]);
  });

  it('report a new subject reaching a category, a wider scope and a new field as widening', () => {
    const widened = MANIFEST.replace('  - id: auditor\n', '  - id: clerk\n    grants:\n      - { interface: waybill-lookup, actions: [read], scope: own }\n  - id: auditor\n')
      .replace('scope: unit }', 'scope: organization }')
      .replace('fields: [route] }', 'fields: [route, waybill_no] }');
    const changes = compareSnapshots(reviewed, snapshotOf(reachOf(widened), null));
    const line = (c: (typeof changes)[number]) => `${c.kind} ${c.subject} ${c.category} ${c.detail.join(',')}`;
    expect(changes.filter((c) => c.widening).map(line)).toEqual([
      'new-access auditor logistics.waybill-number waybills.waybill_no',
      'new-access clerk contact.phone waybills.recipient_phone',
      'new-access clerk location.whereabouts waybills.route',
      'new-access clerk logistics.waybill-number waybills.waybill_no',
      // the account types whose accounts hold the widened roles widen with them
      'wider-scope personal contact.phone unit,organization',
      'wider-scope personal logistics.waybill-number unit,organization',
      'new-access shared logistics.waybill-number waybills.waybill_no',
      'wider-scope supervisor contact.phone unit,organization',
      'wider-scope supervisor logistics.waybill-number unit,organization',
    ]);
  });

  it('let narrowing pass, listing it, and watch only Art. 28 categories when asked', () => {
    const narrowed = MANIFEST.replace('fields: [route] }', 'fields: [waybill_no] }');
    const changes = compareSnapshots(reviewed, snapshotOf(reachOf(narrowed), null));
    expect(changes.filter((c) => !c.widening).map((c) => `${c.kind} ${c.subject} ${c.category}`)).toContain('access-removed auditor location.whereabouts');
    expect(changes.filter((c) => c.widening).map((c) => c.category)).toEqual(['logistics.waybill-number', 'logistics.waybill-number']);
    expect(compareSnapshots(reviewed, snapshotOf(reachOf(narrowed), null), 'sensitive').filter((c) => c.widening)).toEqual([]);
  });
});

describe('paths that export, print or download', () => {
  const entry = (manifest: string, subject: string, category = 'contact.phone') => reachOf(manifest).find((e) => e.subjectKind === 'role' && e.subject === subject && e.category === category);
  const withInterface = (itf: string, grant = '{ interface: waybill-out, actions: [read], scope: any }') =>
    MANIFEST.replace('roles:\n', `${itf}roles:\n  - id: clerk\n    grants:\n      - ${grant}\n`);

  it('count as export when the mapping gives only a read verb, saying why in the path', () => {
    const named = entry(withInterface('  - { id: waybill-export, kind: api, store: waybills, returns: [recipient_phone] }\n', '{ interface: waybill-export, actions: [read], scope: any }'), 'clerk');
    expect(named?.actions).toEqual(['export', 'read']);
    expect(named?.actionReasons).toEqual(['export: interface waybill-export is named "export"']);
    expect(named?.paths[0]).toContain('(any; read; counted as export because interface waybill-export is named "export")');
    // A Chinese name, a bulk endpoint, a print kind, a download route in the policy object.
    const chinese = entry(withInterface('  - { id: waybill-out, name: { zh: 运单导出 }, kind: api, store: waybills, returns: [recipient_phone] }\n'), 'clerk');
    expect(chinese?.actionReasons).toEqual(['export: interface waybill-out (named "运单导出") is named "导出"']);
    const bulk = entry(withInterface('  - { id: waybill-out, kind: list, bulk: true, store: waybills, returns: [recipient_phone] }\n'), 'clerk');
    expect(bulk?.actionReasons).toEqual(['export: interface waybill-out is a bulk interface (bulk: true: many records at once)']);
    const printed = entry(withInterface('  - { id: waybill-out, kind: print, store: waybills, returns: [recipient_phone] }\n'), 'clerk');
    expect(printed?.actions).toEqual(['print', 'read']);
    const printedZh = entry(withInterface('  - { id: waybill-out, name: 面单打印, kind: api, store: waybills, returns: [recipient_phone] }\n'), 'clerk');
    expect(printedZh?.actions).toEqual(['print', 'read']);
    const route = entry(withInterface('  - { id: waybill-out, kind: api, store: waybills, returns: [recipient_phone] }\n', "{ interface: waybill-out, actions: [read], scope: any, pattern: '/api/waybills/download/*' }"), 'clerk');
    expect(route?.actionReasons).toEqual(['export: the policy object /api/waybills/download/* is named "download"']);
  });

  it('leave other paths as stated: a lookup, a word that only contains export, an export already granted', () => {
    expect(entry(MANIFEST, 'supervisor')?.actions).toEqual(['read']);
    const exporter = entry(withInterface('  - { id: exporter-settings, kind: api, store: waybills, returns: [recipient_phone] }\n', '{ interface: exporter-settings, actions: [read], scope: any }'), 'clerk');
    expect(exporter?.actions).toEqual(['read']);
    expect(exporter?.actionReasons).toEqual([]);
    const stated = entry(withInterface('  - { id: waybill-export, kind: export, store: waybills, returns: [recipient_phone] }\n', '{ interface: waybill-export, actions: [read, export], scope: any }'), 'clerk');
    expect(stated?.actionReasons).toEqual([]);
  });

  it('widen a snapshot: a new export counted from the route fails the check and says why', () => {
    const before = withInterface('  - { id: waybill-out, kind: api, store: waybills, returns: [recipient_phone] }\n');
    const after = before.replace('id: waybill-out, kind: api', 'id: waybill-out, name: Waybill export, kind: api');
    const changes = compareSnapshots(snapshotOf(reachOf(before), null), snapshotOf(reachOf(after), null));
    const clerk = changes.find((c) => c.subject === 'clerk' && c.category === 'contact.phone');
    expect(clerk).toMatchObject({ kind: 'new-actions', widening: true, detail: ['export'], reasons: ['export: interface waybill-out (named "Waybill export") is named "export"'] });
  });
});

describe('pipl-audit reach (CLI)', () => {
  it('writes the snapshot beside the project file by default, and the check says why a path counts as export', () => {
    const root = tempDir({ 'compliance/m.yaml': MANIFEST, 'compliance/pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\n' });
    expect(runCli(['reach', 'compliance/pipl-audit.yaml', '--snapshot', 'write'], { cwd: root }).code).toBe(0);
    expect(existsSync(join(root, 'compliance', 'pipl-audit.reach.json'))).toBe(true);
    expect(existsSync(join(root, 'pipl-audit.reach.json'))).toBe(false);
    writeFileSync(join(root, 'compliance', 'm.yaml'), MANIFEST.replace('  - id: waybill-lookup\n', '  - id: waybill-lookup\n    name: { zh: 运单查询与导出 }\n'));
    const check = runCli(['reach', 'compliance/pipl-audit.yaml', '--snapshot', 'check', '--lang', 'en'], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('compared with compliance/pipl-audit.reach.json');
    expect(check.stdout).toMatch(/role supervisor {2}Phone number \(contact\.phone\) {2}new actions: export/);
    expect(check.stdout).toContain('counted because: export: interface waybill-lookup (named "运单查询与导出") is named "导出"');
  });

  it('fails the snapshot check naming the role and category when a new role gets the phone lookup', () => {
    const dir = tempDir({ 'm.yaml': MANIFEST });
    expect(runCli(['reach', '.', '--snapshot', 'write'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pipl-audit.reach.json'), 'utf8')).entries.length).toBeGreaterThan(0);
    expect(runCli(['reach', '.', '--snapshot', 'check'], { cwd: dir }).code).toBe(0);

    writeFileSync(join(dir, 'm.yaml'), MANIFEST.replace('  - id: auditor\n', '  - id: customer-service\n    grants:\n      - { interface: waybill-lookup, actions: [read], scope: assigned }\n  - id: auditor\n'));
    const check = runCli(['reach', '.', '--snapshot', 'check', '--lang', 'en'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/WIDENED {2}role customer-service {2}Phone number \(contact\.phone\) {2}new access: waybills\.recipient_phone/);
    expect(check.stdout).toContain('role customer-service → interface waybill-lookup → store waybills (assigned; read)');
  });

  it('refuses a snapshot of another version with exit 2, naming the file and line', () => {
    const dir = tempDir({ 'm.yaml': MANIFEST, 'pipl-audit.reach.json': '{\n  "snapshotVersion": 7,\n  "system": null,\n  "entries": []\n}\n' });
    const check = runCli(['reach', '.', '--snapshot', 'check'], { cwd: dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('pipl-audit.reach.json:2:3: error: /snapshotVersion: reach snapshot version 7 is not supported');
  });
});

describe('severity by volume', () => {
  const PACK = {
    'pack/pack.yaml': 'name: t\nversion: 0.0.1\ntitle: { zh: 测试, en: Test }\n',
    'pack/T-SCOPE-001.yaml': `id: T-SCOPE-001
title: { zh: 范围, en: Scope }
theme: query-rights
severity: high
escalateByVolume: true
basis: [{ instrument: PIPL, provision: Art. 51(4), kind: law, verified: true }]
view: grant
applies: { properties: { reachesPI: { const: true } } }
require: { properties: { scope: { enum: [own, assigned, unit] } } }
message: { zh: "{role.id} 范围 {scope}", en: "{role.id} has scope {scope}" }
remediation: { zh: 收窄, en: Narrow it }
`,
  };
  const run = (manifest: string) => audit({ paths: ['m.yaml'], cwd: tempDir({ ...PACK, 'm.yaml': manifest }), packs: ['pack'], asOf: '2024-01-01' });

  it('raises a FAIL one step when the grant reaches the threshold of a category it shows, and says so', async () => {
    const report = await run(MANIFEST);
    const auditor = report.findings.find((f) => f.target.key === 'auditor>store:waybills');
    expect(auditor).toMatchObject({ severity: 'critical', volume: { raisedFrom: 'high', records: 120000, crossings: [{ category: 'location.whereabouts', threshold: 50 }] } });
    expect(auditor?.message.en).toContain('at or above the 2017 SPC/SPP interpretation\'s "serious" thresholds (Whereabouts ≥ 50)');
    expect(report.summary.failedBySeverity.critical).toBeGreaterThan(0);
  });

  it('leaves it as it is below the threshold', async () => {
    const report = await run(MANIFEST);
    const base = report.findings.find((f) => f.target.key === 'base>trip-view');
    expect(base).toMatchObject({ status: 'FAIL', severity: 'high' });
    expect(base?.volume).toBeUndefined();
  });
});

describe('severity by volume counts what is shown unmasked', () => {
  // The 2017 interpretation counts records of PI obtained: a category an interface states it
  // masks is not obtained in full (a masked route is no route), so it crosses no threshold.
  const PACK = {
    'pack/pack.yaml': 'name: t\nversion: 0.0.1\ntitle: { zh: 测试, en: Test }\n',
    'pack/T-WIDE-001.yaml': `id: T-WIDE-001
title: { zh: 范围, en: Scope }
theme: query-rights
severity: high
escalateByVolume: true
basis: [{ instrument: PIPL, provision: Art. 51(4), kind: law, verified: true }]
view: grant
applies: { properties: { reachesPI: { const: true } } }
require: { properties: { scope: { enum: [own, assigned, unit] } } }
message: { zh: "{role.id} 范围 {scope}", en: "{role.id} has scope {scope}" }
remediation: { zh: 收窄, en: Narrow it }
`,
    'pack/T-DEVICE-001.yaml': `id: T-DEVICE-001
title: { zh: 终端, en: Device }
theme: devices
severity: medium
escalateByVolume: true
basis: [{ instrument: PIPL, provision: Art. 51(3), kind: law, verified: true }]
view: device
applies: { properties: { reachesPI: { const: true } } }
require: { properties: { reachesPI: { const: false } } }
message: { zh: "{device.id} 可查询个人信息", en: "{device.id} reaches PI" }
remediation: { zh: 收窄, en: Narrow it }
`,
  };
  /** A fleet's trip store: 3,000 trips, each a driver's phone number and a route (whereabouts: 50 records are serious). */
  const FLEET = (masked: string) => `apiVersion: pipl-audit/v1
stores:
  - id: trips
    kind: database
    records: 3000
    fields:
      - { name: driver_phone, category: contact.phone }
      - { name: route, category: location.whereabouts }
interfaces:
  - id: trip-board
    kind: query-screen
    store: trips
    returns: [driver_phone, route]
${masked}roles:
  - id: dispatcher
    grants:
      - { interface: trip-board, actions: [read], scope: any }
  - id: analyst
    grants:
      - { store: trips, actions: [read], scope: any }
devices:
  - { id: dispatch-tablets, kind: mobile, count: 20, scope: any, interfaces: [trip-board] }
`;
  const run = async (masked: string) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ ...PACK, 'm.yaml': FLEET(masked) }), packs: ['pack'], asOf: '2024-01-01' });
    const on = (rule: string, key: string) => report.findings.find((f) => f.ruleId === rule && f.target.key === key);
    return on;
  };

  it('leaves a FAIL as it is where the only category reaching its threshold is shown masked', async () => {
    const on = await run('    masked: [route]\n');
    // 3,000 phone numbers are below the 5,000 of "other" PI; the 3,000 routes are shown masked.
    expect(on('T-WIDE-001', 'dispatcher>trip-board')).toMatchObject({ status: 'FAIL', severity: 'high' });
    expect(on('T-WIDE-001', 'dispatcher>trip-board')?.volume).toBeUndefined();
    expect(on('T-DEVICE-001', 'dispatch-tablets')).toMatchObject({ status: 'FAIL', severity: 'medium' });
    expect(on('T-DEVICE-001', 'dispatch-tablets')?.volume).toBeUndefined();
  });

  it('raises it where that category is shown in full, or read from the store itself', async () => {
    const on = await run('    masked: [driver_phone]\n');
    const crossings = [{ category: 'location.whereabouts', threshold: 50 }];
    expect(on('T-WIDE-001', 'dispatcher>trip-board')).toMatchObject({ severity: 'critical', volume: { raisedFrom: 'high', records: 3000, crossings } });
    expect(on('T-DEVICE-001', 'dispatch-tablets')).toMatchObject({ severity: 'high', volume: { raisedFrom: 'medium', crossings } });
    // Raw rows of the store: nothing is masked.
    expect(on('T-WIDE-001', 'analyst>store:trips')).toMatchObject({ severity: 'critical', volume: { crossings } });
  });

  it('counts every category an interface returns where it does not say what it masks', async () => {
    const on = await run('');
    expect(on('T-WIDE-001', 'dispatcher>trip-board')).toMatchObject({ severity: 'critical', volume: { crossings: [{ category: 'location.whereabouts', threshold: 50 }] } });
  });
});

describe('database logins in the reach map', () => {
  const withLogins = `${MANIFEST}databaseLogins:
  - id: "mysql:ops@10.0.0.%"
    engine: mysql
    name: ops
    host: "10.0.0.%"
    canLogin: true
    reads: [{ store: trips, fields: [gps], via: ["role:reader@%"] }]
    activatable: { roles: ["dba_role@%"], reads: [{ store: waybills, fields: [recipient_phone, route], via: ["role:dba_role@%"] }] }
  - { id: "postgresql:reporting", engine: postgresql, name: reporting, canLogin: false, reads: [{ store: waybills, fields: [route], via: [direct] }] }
`;
  const entries = reachOf(withLogins).filter((e) => e.subjectKind === 'database-login');
  const find = (category: string) => entries.find((e) => e.category === category);

  it('is a subject beside roles, account types and devices, reading every row of what it can select', () => {
    expect(find('location.whereabouts')).toMatchObject({
      subject: 'mysql:ops@10.0.0.%',
      scope: 'any',
      fields: ['trips.gps', 'waybills.route'],
      records: 120040,
      activatable: false,
      paths: ["database login 'ops'@'10.0.0.%' → store trips (role:reader@%)", "database login 'ops'@'10.0.0.%' → store waybills (role:dba_role@%; activatable: SET ROLE)"],
    });
  });

  it('tells apart a category reached only through a role the login must SET ROLE to', () => {
    expect(find('contact.phone')).toMatchObject({ fields: ['waybills.recipient_phone'], activatable: true });
  });

  it('leaves out roles that cannot log in (PostgreSQL NOLOGIN)', () => {
    expect(entries.map((e) => e.subject)).not.toContain('postgresql:reporting');
  });

  it('lists them in `pipl-audit reach`', () => {
    const dir = tempDir({ 'm.yaml': withLogins });
    const result = runCli(['reach', 'm.yaml', '--lang', 'en', '--all'], { cwd: dir });
    expect(result.stdout).toContain("database login mysql:ops@10.0.0.%");
    expect(result.stdout).toContain('Phone number (contact.phone)  scope anyone  ~120000 records');
    expect(result.stdout).toContain('(only after SET ROLE to a role that is not a default role)');
  });
});
