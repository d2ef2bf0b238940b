// Generates a national-scale courier inventory as one pipl-audit/v1 JSON manifest, for the
// benchmark (bench/run.js). Deterministic: every random choice comes from a seeded PRNG, so the
// same seed and scale always give byte-identical output.
//
// The shape follows examples/courier/before, scaled up to a national network:
//   - 31 provincial regions, each with its own waybill database, backup and handheld cache, and
//     five interfaces (lookup screen, bar-gun query, dispatch list, export, label print);
//   - 30,000 outlets, each an `unit` on its accounts, with its handheld scanners (one device
//     entry each) and one workstation fleet (a device entry with `count`);
//   - 2,000 roles in three levels (16 national base roles, 8 regional job roles per region that
//     inherit them, 56 branch roles per region that inherit the regional ones);
//   - 300,000 accounts: outlet staff, regional and headquarters staff, service and vendor accounts;
//   - credential policies, deletion jobs, flows, collection points, impact assessments, audit
//     logging and the system block.
// Realistic drift is injected at low rates (leavers still active, dormant logins, shared and
// default accounts, unbound devices, regions with unmasked lookups or disabled purge jobs) so that
// rules fire on a few per cent of items, not on none or all of them.
//
// Usage: node bench/generate-courier.js [--out FILE] [--seed N] [--scale F] [--pretty]
//   --scale multiplies outlets, accounts and devices (1 = 30,000 / 300,000 / 200,000 handhelds).
//   --pretty indents the file fully (JSON.stringify(…, null, 2)); the default writes one entity
//   per line, which keeps line numbers in the report meaningful at a third of the size.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULTS = {
  seed: 20240630,
  scale: 1,
  outlets: 30_000,
  accounts: 300_000,
  handhelds: 200_000,
  asOf: '2024-06-30',
};

/** mulberry32: a small, fast, seedable 32-bit PRNG (good enough for test data, not for crypto). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG stream. */
function randomTools(seed) {
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p) => rand() < p;
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const weighted = (entries) => {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = rand() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return { rand, int, chance, pick, weighted };
}

/** Splits `total` into `n` counts around the mean, jittered by up to ±jitter, summing exactly to total. */
function spread(total, n, jitter, rng, min = 1) {
  const base = Math.floor(total / n);
  const counts = new Array(n).fill(base);
  for (let i = 0; i < total - base * n; i++) counts[i]++;
  // Paired moves keep the sum: take d from one outlet and give it to the next.
  for (let i = 0; i + 1 < n; i += 2) {
    const d = Math.min(rng.int(0, jitter), counts[i] - min);
    if (rng.chance(0.5)) {
      counts[i] -= d;
      counts[i + 1] += d;
    } else {
      const e = Math.min(d, counts[i + 1] - min);
      counts[i] += e;
      counts[i + 1] -= e;
    }
  }
  return counts;
}

const pad = (n, width) => String(n).padStart(width, '0');

// Provincial regions with a rough weight for their share of outlets (parcel volume).
const REGIONS = [
  ['GD', 12], ['ZJ', 9], ['JS', 7], ['SD', 6], ['HA', 5], ['HE', 5], ['SC', 5], ['FJ', 4], ['HB', 4], ['HN', 4],
  ['AH', 4], ['SH', 4], ['BJ', 3], ['JX', 3], ['GX', 3], ['SN', 3], ['CQ', 3], ['YN', 2], ['LN', 3], ['TJ', 2],
  ['SX', 2], ['GZ', 2], ['HL', 2], ['JL', 1.5], ['NM', 1.5], ['XJ', 1.5], ['GS', 1.2], ['HI', 1], ['NX', 0.6], ['QH', 0.5],
  ['XZ', 0.3],
];

// Outlet-level jobs: each has a national base role, a regional role and one role per branch.
const OUTLET_JOBS = ['courier', 'contract-courier', 'sorter', 'supervisor', 'cs', 'station-owner', 'outlet-admin'];
const BRANCHES = 8;

const WAYBILL_FIELDS = [
  { name: 'waybill_no', category: 'logistics.waybill-number' },
  { name: 'sender_name', category: 'identity.name' },
  { name: 'sender_phone', category: 'contact.phone' },
  { name: 'sender_address', category: 'contact.address' },
  { name: 'recipient_name', category: 'identity.name' },
  { name: 'recipient_phone', category: 'contact.phone' },
  { name: 'recipient_address', category: 'contact.address' },
  { name: 'goods', category: 'logistics.goods' },
];

/** Builds the manifest section by section; sections are plain arrays of plain objects. */
export function generateCourier(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const rng = randomTools(o.seed);
  const outletsTotal = Math.round(o.outlets * o.scale);
  const accountsTotal = Math.round(o.accounts * o.scale);
  const handheldsTotal = Math.round(o.handhelds * o.scale);

  // Dates are ISO strings counted back from asOf; precomputed so 300,000 accounts cost no Date objects.
  const asOfMs = Date.parse(`${o.asOf}T00:00:00Z`);
  const daysAgoCache = new Map();
  /** The date `d` days before asOf (negative: after it). */
  const daysAgo = (d) => {
    let date = daysAgoCache.get(d);
    if (date === undefined) daysAgoCache.set(d, (date = new Date(asOfMs - d * 86_400_000).toISOString().slice(0, 10)));
    return date;
  };

  // --- Regions: per-region drift decided once, so failures cluster as they do in real networks.
  const weightSum = REGIONS.reduce((s, [, w]) => s + w, 0);
  const regions = REGIONS.map(([code, weight]) => ({
    code,
    weight,
    outlets: 0,
    legacyPolicy: false, // accounts still on the weak pre-merger credential policy
    cacheUnencrypted: false, // handheld cache not encrypted at rest
    unmaskedLookup: false, // lookup screen shows full phone numbers
    supervisorScope: 'assigned', // scope of the supervisors' phone lookup
    purgeEnabled: true,
    purgeRan: true,
    retention: true,
  }));
  const regionRng = randomTools(o.seed ^ 0x5eed);
  for (const r of regions) {
    r.legacyPolicy = regionRng.chance(0.12);
    r.cacheUnencrypted = r.weight < 2 && regionRng.chance(0.3); // older kit in smaller provinces
    r.unmaskedLookup = regionRng.chance(0.15);
    r.supervisorScope = regionRng.weighted([['assigned', 6], ['unit', 3], ['organization', 1]]);
    r.purgeEnabled = regionRng.chance(0.85);
    r.purgeRan = r.purgeEnabled && regionRng.chance(0.9);
    r.retention = regionRng.chance(0.9);
  }
  // Outlets per region by weight; the remainder goes to the largest regions.
  let assigned = 0;
  for (const r of regions) assigned += r.outlets = Math.floor((outletsTotal * r.weight) / weightSum);
  for (let i = 0; assigned < outletsTotal; i = (i + 1) % regions.length, assigned++) regions[i].outlets++;

  // --- Stores: per region a waybill database, its backup and the handhelds' cache; national stores beside them.
  const stores = [];
  const interfaces = [];
  const deletionJobs = [];
  for (const r of regions) {
    const R = r.code;
    const records = Math.round(r.weight * 4_000_000);
    stores.push({
      id: `waybills-${R}`,
      name: { zh: `${R} 运单库`, en: `Waybill database ${R}` },
      kind: 'database',
      records,
      fields: WAYBILL_FIELDS,
      encryption: { atRest: !r.legacyPolicy, inTransit: true },
      ...(r.retention ? { retention: { period: 'P3Y', trigger: 'delivery', action: 'delete', basis: 'company retention schedule' } } : {}),
      deletionOnRequest: { by: 'headquarters', withinDays: 15 },
      location: 'CN',
    });
    stores.push({
      id: `waybills-${R}-backup`,
      kind: 'backup',
      records,
      fields: WAYBILL_FIELDS,
      encryption: { atRest: true, inTransit: true },
      copyOf: `waybills-${R}`,
      ...(r.retention ? { retention: { period: 'P3Y', trigger: 'delivery', action: 'delete' } } : {}),
      location: 'CN',
    });
    stores.push({
      id: `device-cache-${R}`,
      name: { zh: `${R} 巴枪本地缓存`, en: `Handheld cache ${R}` },
      kind: 'device-cache',
      fields: [WAYBILL_FIELDS[0], WAYBILL_FIELDS[4], WAYBILL_FIELDS[5], WAYBILL_FIELDS[6]],
      encryption: { atRest: !r.cacheUnencrypted },
      retention: { period: 'P7D', trigger: 'delivery', action: 'delete' },
      location: 'CN',
    });
    const masked = r.unmaskedLookup ? [] : ['sender_phone', 'recipient_phone'];
    interfaces.push(
      {
        id: `waybill-lookup-${R}`,
        name: { zh: `${R} 查单系统`, en: `Waybill lookup ${R}` },
        kind: 'query-screen',
        store: `waybills-${R}`,
        lookupKeys: ['waybill_no', 'sender_phone', 'recipient_phone'],
        returns: ['waybill_no', 'sender_name', 'sender_phone', 'recipient_name', 'recipient_phone', 'recipient_address', 'goods'],
        masked,
        rowLimit: 50,
        rateLimit: r.unmaskedLookup ? 'none' : { max: 200, per: 'day' },
        anomalyAlert: !r.unmaskedLookup,
        logged: true,
        transport: 'https',
      },
      {
        id: `bar-gun-query-${R}`,
        name: { zh: `${R} 巴枪运单查询`, en: `Bar-gun waybill query ${R}` },
        kind: 'device-function',
        store: `waybills-${R}`,
        lookupKeys: ['waybill_no'],
        returns: ['waybill_no', 'recipient_name', 'recipient_phone', 'recipient_address'],
        masked: ['recipient_phone'],
        rateLimit: { max: 2000, per: 'day' },
        logged: true,
        transport: 'https',
      },
      {
        id: `dispatch-list-${R}`,
        kind: 'list',
        store: `waybills-${R}`,
        returns: ['waybill_no', 'recipient_name', 'recipient_phone', 'recipient_address'],
        masked: ['recipient_phone'],
        bulk: true,
        rowLimit: 500,
        logged: true,
        transport: 'https',
      },
      {
        id: `waybill-export-${R}`,
        kind: 'export',
        store: `waybills-${R}`,
        returns: ['waybill_no', 'sender_name', 'sender_phone', 'recipient_name', 'recipient_phone', 'recipient_address'],
        masked: r.unmaskedLookup ? [] : ['sender_phone', 'recipient_phone'],
        bulk: true,
        rowLimit: 10_000,
        approval: { required: true, approver: 'regional security officer', reasonRequired: true, recorded: true },
        watermark: !r.legacyPolicy,
        logged: true,
        transport: 'https',
      },
      {
        id: `label-print-${R}`,
        kind: 'print',
        store: `waybills-${R}`,
        returns: ['waybill_no', 'recipient_name', 'recipient_phone', 'recipient_address'],
        masked: ['recipient_name', 'recipient_phone'],
        logged: false,
        transport: 'local',
      },
    );
    deletionJobs.push(
      {
        id: `waybill-purge-${R}`,
        stores: [`waybills-${R}`, `waybills-${R}-backup`],
        schedule: '0 3 * * *',
        action: 'delete',
        enabled: r.purgeEnabled,
        lastRun: r.purgeRan ? daysAgo(1) : 'never',
      },
      { id: `device-cache-wipe-${R}`, stores: [`device-cache-${R}`], schedule: 'P1D', action: 'delete', enabled: true, lastRun: daysAgo(0) },
    );
  }
  stores.push(
    {
      id: 'customers',
      name: { zh: '寄件客户库', en: 'Sender customer accounts' },
      kind: 'database',
      records: 420_000_000,
      fields: [
        { name: 'member_id', category: 'identity.member-id' },
        { name: 'name', category: 'identity.name' },
        { name: 'phone', category: 'contact.phone' },
        { name: 'address_book', category: 'contact.address' },
        { name: 'email', category: 'contact.email', necessary: false },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P3Y', trigger: 'last-activity', action: 'anonymise' },
      deletionOnRequest: { by: 'headquarters', withinDays: 15 },
      location: 'CN',
    },
    {
      id: 'realname-registry',
      name: { zh: '寄递实名登记', en: 'Real-name sender registration' },
      kind: 'database',
      records: 380_000_000,
      fields: [
        { name: 'name', category: 'identity.name' },
        { name: 'id_number', category: 'identity.id-number', encrypted: true },
        { name: 'phone', category: 'contact.phone' },
        { name: 'waybill_no', category: 'logistics.waybill-number' },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P1Y', trigger: 'collection', action: 'delete', basis: 'real-name registration rules' },
      location: 'CN',
    },
    {
      id: 'staff-directory',
      kind: 'database',
      records: 360_000,
      fields: [
        { name: 'employee_no', category: 'identity.member-id' },
        { name: 'name', category: 'identity.name' },
        { name: 'phone', category: 'contact.phone' },
        { name: 'id_number', category: 'identity.id-number' },
        { name: 'position', category: 'employment.position' },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P2Y', trigger: 'contract-end', action: 'delete' },
      location: 'CN',
    },
    {
      id: 'courier-tracks',
      name: { zh: '快递员轨迹', en: 'Courier GPS tracks' },
      kind: 'database',
      records: 250_000,
      fields: [
        { name: 'employee_no', category: 'identity.member-id' },
        { name: 'track', category: 'location.whereabouts' },
        { name: 'device_id', category: 'device.id' },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P90D', trigger: 'collection', action: 'delete' },
      location: 'CN',
    },
    {
      id: 'face-attendance',
      name: { zh: '分拨中心人脸考勤', en: 'Hub face attendance' },
      kind: 'database',
      records: 60_000,
      fields: [
        { name: 'employee_no', category: 'identity.member-id' },
        { name: 'name', category: 'identity.name' },
        { name: 'face_template', category: 'biometric.face-template', form: 'template', encrypted: true },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P30D', trigger: 'membership-end', action: 'delete' },
      location: 'CN',
    },
    {
      id: 'waybill-warehouse',
      name: { zh: '运单数据仓库', en: 'Waybill analytics warehouse' },
      kind: 'database',
      records: 3_000_000_000,
      fields: [
        { name: 'waybill_no', category: 'logistics.waybill-number' },
        { name: 'recipient_city', category: 'contact.address' },
        { name: 'recipient_phone_digest', category: 'contact.phone', form: 'digest' },
        { name: 'goods', category: 'logistics.goods' },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'permanent', action: 'archive' },
      location: 'CN',
    },
    {
      id: 'bulk-exports',
      kind: 'export',
      fields: WAYBILL_FIELDS,
      encryption: { atRest: false, inTransit: true },
      location: 'CN',
    },
    {
      id: 'audit-log',
      kind: 'log',
      records: 9_000_000_000,
      fields: [
        { name: 'user', category: 'identity.member-id' },
        { name: 'ip', category: 'device.ip' },
      ],
      encryption: { atRest: true, inTransit: true },
      retention: { period: 'P180D', trigger: 'collection', action: 'delete' },
      location: 'CN',
    },
  );
  interfaces.push(
    {
      id: 'customer-lookup',
      name: { zh: '客服按手机号查客户', en: 'Customer service lookup by phone' },
      kind: 'query-screen',
      store: 'customers',
      lookupKeys: ['phone', 'member_id'],
      returns: ['member_id', 'name', 'phone', 'address_book'],
      masked: ['phone', 'address_book'],
      rowLimit: 20,
      rateLimit: { max: 300, per: 'day' },
      anomalyAlert: true,
      logged: true,
      transport: 'https',
    },
    {
      id: 'realname-check',
      kind: 'device-function',
      store: 'realname-registry',
      lookupKeys: ['waybill_no'],
      returns: ['name', 'id_number'],
      masked: ['id_number'],
      logged: true,
      transport: 'https',
    },
    {
      id: 'staff-directory-screen',
      kind: 'query-screen',
      store: 'staff-directory',
      lookupKeys: ['employee_no', 'name'],
      returns: ['employee_no', 'name', 'phone', 'position'],
      masked: ['phone'],
      logged: true,
      transport: 'https',
    },
    {
      id: 'track-monitor',
      kind: 'report',
      store: 'courier-tracks',
      lookupKeys: ['employee_no'],
      returns: ['employee_no', 'track'],
      logged: true,
      transport: 'https',
    },
    {
      id: 'warehouse-query',
      kind: 'report',
      store: 'waybill-warehouse',
      lookupKeys: ['waybill_no'],
      returns: ['waybill_no', 'recipient_city', 'goods'],
      bulk: true,
      rowLimit: 'none',
      logged: true,
      transport: 'https',
    },
    {
      id: 'bulk-export',
      kind: 'export',
      store: 'waybills-GD',
      returns: ['waybill_no', 'recipient_name', 'recipient_phone', 'recipient_address'],
      masked: ['recipient_phone'],
      bulk: true,
      rowLimit: 100_000,
      approval: { required: true, approver: 'PI protection office', reasonRequired: true, recorded: true },
      watermark: true,
      logged: true,
      transport: 'https',
    },
    {
      id: 'open-api-track',
      name: { zh: '商家开放接口', en: 'Merchant open API: tracking' },
      kind: 'api',
      store: 'waybills-ZJ',
      lookupKeys: ['waybill_no'],
      returns: ['waybill_no', 'recipient_name', 'recipient_phone', 'recipient_address'],
      masked: ['recipient_name', 'recipient_phone', 'recipient_address'],
      rateLimit: { max: 100_000, per: 'day' },
      anomalyAlert: true,
      logged: true,
      transport: 'https',
    },
    {
      id: 'audit-log-viewer',
      kind: 'query-screen',
      store: 'audit-log',
      lookupKeys: ['user'],
      returns: ['user', 'ip'],
      logged: true,
      transport: 'https',
    },
  );
  deletionJobs.push(
    { id: 'track-purge', stores: ['courier-tracks'], schedule: '0 2 * * *', action: 'delete', enabled: true, lastRun: daysAgo(1) },
    { id: 'customer-anonymise', stores: ['customers'], schedule: '0 4 * * 0', action: 'anonymise', enabled: true, lastRun: daysAgo(3) },
    { id: 'realname-purge', stores: ['realname-registry'], schedule: '0 1 * * *', action: 'delete', enabled: true, lastRun: daysAgo(1) },
    { id: 'face-purge', stores: ['face-attendance'], schedule: 'P1D', action: 'delete', enabled: false, lastRun: 'never' },
    { id: 'audit-log-rotate', stores: ['audit-log'], schedule: 'P1D', action: 'delete', enabled: true, lastRun: daysAgo(0) },
  );

  // --- Roles: 16 national, then per region 8 regional job roles and 7 × 8 branch roles.
  const roles = [
    { id: 'base-courier', name: { zh: '快递员', en: 'Courier' }, kind: 'business', jobScope: 'assigned', grants: [{ interface: 'realname-check', actions: ['read'], scope: 'assigned', trigger: 'workflow' }] },
    { id: 'base-contract-courier', name: { zh: '外包快递员', en: 'Contract courier' }, kind: 'business', jobScope: 'assigned', inherits: ['base-courier'] },
    { id: 'base-sorter', name: { zh: '分拣员', en: 'Sorter' }, kind: 'business', jobScope: 'unit' },
    { id: 'base-supervisor', name: { zh: '网点主管', en: 'Outlet supervisor' }, kind: 'business', jobScope: 'unit', grants: [{ interface: 'staff-directory-screen', actions: ['read'], scope: 'unit' }] },
    { id: 'base-cs', name: { zh: '客服', en: 'Customer service' }, kind: 'business', jobScope: 'assigned', grants: [{ interface: 'customer-lookup', actions: ['read'], scope: 'assigned', trigger: 'ticket' }] },
    { id: 'base-station-owner', name: { zh: '加盟网点负责人', en: 'Franchise outlet owner' }, kind: 'business', jobScope: 'unit', inherits: ['base-supervisor'] },
    { id: 'base-outlet-admin', name: { zh: '网点系统管理员', en: 'Outlet system admin' }, kind: 'admin', privileged: true, jobScope: 'unit' },
    { id: 'base-regional-ops', name: { zh: '区域运营', en: 'Regional operations' }, kind: 'business', jobScope: 'organization', grants: [{ interface: 'track-monitor', actions: ['read'], scope: 'unit' }] },
    { id: 'it-admin', name: { zh: '系统管理员', en: 'IT administrator' }, kind: 'admin', privileged: true, jobScope: 'organization', grants: [{ store: 'staff-directory', actions: ['manage'], scope: 'organization' }] },
    { id: 'dba', name: { zh: '数据库管理员', en: 'Database administrator' }, kind: 'admin', privileged: true, jobScope: 'organization', grants: regions.slice(0, 6).map((r) => ({ store: `waybills-${r.code}`, actions: ['read', 'export'], scope: 'any', approval: { required: true, recorded: true } })) },
    { id: 'security-admin', name: { zh: '安全管理员', en: 'Security administrator' }, kind: 'security', jobScope: 'organization', grants: [{ interface: 'audit-log-viewer', actions: ['read'], scope: 'organization' }] },
    { id: 'log-auditor', name: { zh: '审计员', en: 'Log auditor' }, kind: 'audit', jobScope: 'organization', grants: [{ interface: 'audit-log-viewer', actions: ['read'], scope: 'organization' }] },
    { id: 'hq-analyst', name: { zh: '总部数据分析', en: 'HQ analyst' }, kind: 'business', jobScope: 'organization', grants: [{ interface: 'warehouse-query', actions: ['read'], scope: 'organization' }] },
    { id: 'hq-cs-escalation', name: { zh: '总部客服专家', en: 'HQ CS escalation' }, kind: 'business', jobScope: 'organization', inherits: ['base-cs'], grants: [{ interface: 'customer-lookup', actions: ['read'], scope: 'organization', approval: { required: false } }] },
    { id: 'data-export-officer', name: { zh: '数据导出专员', en: 'Data export officer' }, kind: 'business', jobScope: 'organization', grants: [{ interface: 'bulk-export', actions: ['export'], scope: 'organization', approval: { required: true, recorded: true } }] },
    { id: 'integration-service', name: { zh: '系统集成账号', en: 'Integration service' }, kind: 'system', jobScope: 'organization', grants: [{ interface: 'open-api-track', actions: ['read'], scope: 'assigned' }] },
  ];
  const roleRng = randomTools(o.seed ^ 0xace);
  for (const r of regions) {
    const R = r.code;
    const regional = {
      courier: [
        { interface: `bar-gun-query-${R}`, actions: ['read'], scope: 'assigned', trigger: 'workflow' },
        { interface: `dispatch-list-${R}`, actions: ['read'], scope: 'assigned' },
        { interface: `label-print-${R}`, actions: ['print'], scope: 'assigned' },
      ],
      'contract-courier': [{ interface: `bar-gun-query-${R}`, actions: ['read'], scope: 'assigned', trigger: 'workflow' }],
      sorter: [{ interface: `bar-gun-query-${R}`, actions: ['read'], scope: 'unit' }],
      supervisor: [
        { interface: `waybill-lookup-${R}`, actions: ['read'], scope: r.supervisorScope, ...(r.supervisorScope === 'assigned' ? { trigger: 'ticket' } : {}) },
        { interface: `dispatch-list-${R}`, actions: ['read', 'print'], scope: 'unit' },
      ],
      cs: [{ interface: `waybill-lookup-${R}`, actions: ['read'], scope: 'assigned', trigger: 'ticket' }],
      'station-owner': [{ interface: `waybill-export-${R}`, actions: ['export'], scope: 'unit', approval: { required: true, recorded: true } }],
      'outlet-admin': [{ interface: `dispatch-list-${R}`, actions: ['manage'], scope: 'unit' }],
      'regional-ops': [
        { interface: `waybill-lookup-${R}`, actions: ['read'], scope: 'organization', approval: { required: true, reasonRequired: true, recorded: true } },
        { interface: `waybill-export-${R}`, actions: ['export'], scope: 'organization', approval: { required: true, recorded: true } },
      ],
    };
    for (const job of [...OUTLET_JOBS, 'regional-ops']) {
      roles.push({ id: `${R}-${job}`, kind: job === 'outlet-admin' ? 'admin' : 'business', inherits: [`base-${job}`], grants: regional[job] });
    }
    for (const job of OUTLET_JOBS) {
      for (let b = 1; b <= BRANCHES; b++) {
        const role = { id: `${R}-${job}-b${b}`, inherits: [`${R}-${job}`] };
        // Branch-level drift: a few branches widened a lookup or bolted on an export.
        const grants = [];
        if (job === 'courier' && roleRng.chance(0.06)) grants.push({ interface: `waybill-lookup-${R}`, actions: ['read'], scope: 'unit' });
        if (job === 'supervisor' && roleRng.chance(0.08)) grants.push({ interface: `waybill-lookup-${R}`, actions: ['read', 'export'], scope: 'any', reason: 'peak-season workaround' });
        if (job === 'supervisor' && roleRng.chance(0.1)) grants.push({ interface: `waybill-export-${R}`, actions: ['export'], scope: 'unit', approval: { required: roleRng.chance(0.5) }, expires: daysAgo(roleRng.int(-90, 200)) });
        if (job === 'outlet-admin' && roleRng.chance(0.2)) role.inherits.push(`${R}-supervisor`); // admin that also does business
        if (grants.length > 0) role.grants = grants;
        roles.push(role);
      }
    }
  }

  // --- Credential policies.
  const credentialPolicies = [
    { id: 'hq-standard', default: true, minLength: 10, characterClasses: 3, blocklist: true, rotationDays: 180, lockout: { threshold: 5, durationMinutes: 30 }, idleTimeoutMinutes: 15, mfa: 'privileged', hashing: { algorithm: 'bcrypt', salted: true, cost: 12 }, transport: 'https' },
    { id: 'privileged', minLength: 14, characterClasses: 4, blocklist: true, rotationDays: 90, lockout: { threshold: 5, durationMinutes: 60 }, idleTimeoutMinutes: 10, mfa: 'all', hashing: { algorithm: 'argon2id', salted: true }, transport: 'https' },
    { id: 'outlet-legacy', minLength: 6, characterClasses: 1, blocklist: false, rotationDays: 'none', lockout: 'none', idleTimeoutMinutes: 'none', mfa: 'none', hashing: { algorithm: 'md5', salted: false }, transport: 'https' },
    { id: 'handheld-pin', minLength: 6, characterClasses: 1, blocklist: true, rotationDays: 'none', lockout: { threshold: 10, durationMinutes: 15 }, idleTimeoutMinutes: 5, mfa: 'none', hashing: { algorithm: 'pbkdf2-sha256', salted: true, iterations: 310_000 }, transport: 'tls' },
    { id: 'vendor-portal', minLength: 12, characterClasses: 3, blocklist: true, rotationDays: 90, lockout: { threshold: 5 }, idleTimeoutMinutes: 30, mfa: 'all', hashing: { algorithm: 'sha256', salted: true, iterations: 1 }, transport: 'https' },
  ];

  // --- Accounts and devices, outlet by outlet.
  const accounts = [];
  const devices = [];
  const aRng = randomTools(o.seed ^ 0xacc0);
  const dRng = randomTools(o.seed ^ 0xdef1);
  let employeeNo = 1_000_000;
  const nextEmployee = () => `E${++employeeNo}`;
  /** lastLogin for an account still in use: recent for most, dormant for a few, never for fewer. */
  const lastLoginOf = (dormantRate) => {
    const r = aRng.rand();
    if (r < 0.004) return 'never';
    if (r < 0.004 + dormantRate) return daysAgo(aRng.int(91, 720));
    return daysAgo(aRng.int(0, 30));
  };
  /** A personal account; a few holders have left the company but still have a working login. */
  const personal = (id, unit, role, extra = {}) => {
    const left = aRng.chance(0.025);
    const status = left ? (aRng.chance(0.8) ? 'disabled' : 'active') : aRng.chance(0.005) ? 'locked' : 'active';
    const account = {
      id,
      type: 'personal',
      holders: [nextEmployee()],
      affiliation: left ? 'leaver' : 'employee',
      unit,
      roles: [role],
      status,
      lastLogin: left && status === 'disabled' ? daysAgo(aRng.int(30, 400)) : lastLoginOf(0.03),
      hrStatus: left ? 'left' : 'employed',
      ...extra,
    };
    return account;
  };

  // Non-outlet staff: regional offices and headquarters (about 3 % of accounts).
  const nonOutlet = Math.round(accountsTotal * 0.034);
  const perRegionOffice = Math.floor((nonOutlet * 0.75) / regions.length);
  for (const r of regions) {
    const R = r.code;
    for (let i = 1; i <= perRegionOffice; i++) {
      const id = `${R}-office-${pad(i, 4)}`;
      const unit = `${R}-office`;
      const job = aRng.weighted([['regional-ops', 50], ['cs', 40], ['it', 6], ['security', 2], ['audit', 2]]);
      const role = job === 'it' ? 'it-admin' : job === 'security' ? 'security-admin' : job === 'audit' ? 'log-auditor' : `${R}-${job}`;
      const privileged = job === 'it' || job === 'security';
      const account = personal(id, unit, role, { mfa: privileged ? aRng.chance(0.85) : aRng.chance(0.3), ...(privileged ? { credentialPolicy: 'privileged' } : {}) });
      if (job === 'it' && aRng.chance(0.15)) account.roles.push('log-auditor'); // separation-of-duties slip
      accounts.push(account);
    }
  }
  const hqCount = nonOutlet - perRegionOffice * regions.length;
  for (let i = 1; i <= hqCount; i++) {
    const kind = aRng.weighted([['analyst', 30], ['cs', 25], ['export', 3], ['it', 8], ['dba', 2], ['security', 2], ['audit', 2], ['service', 3], ['vendor', 5]]);
    const id = `hq-${kind}-${pad(i, 5)}`;
    if (kind === 'service') {
      accounts.push({ id, type: 'service', affiliation: 'employee', organisation: 'HQ IT', roles: ['integration-service'], status: 'active', lastLogin: daysAgo(aRng.int(0, 2)), hrStatus: 'not-applicable', credentialPolicy: 'privileged' });
    } else if (kind === 'vendor') {
      // Outsourced call-centre and SMS vendors.
      accounts.push({ id, type: 'third-party', holders: [`V${pad(i, 6)}`], affiliation: aRng.chance(0.9) ? 'contractor' : 'outside', organisation: aRng.pick(['callcentre-a', 'callcentre-b', 'sms-gateway']), unit: 'hq-cs', roles: ['hq-cs-escalation'], mfa: aRng.chance(0.7), credentialPolicy: 'vendor-portal', status: 'active', lastLogin: lastLoginOf(0.05), hrStatus: 'not-applicable' });
    } else {
      const role = { analyst: 'hq-analyst', cs: 'hq-cs-escalation', export: 'data-export-officer', it: 'it-admin', dba: 'dba', security: 'security-admin', audit: 'log-auditor' }[kind];
      const privileged = kind === 'it' || kind === 'dba' || kind === 'security';
      accounts.push(personal(id, `hq-${kind}`, role, { mfa: privileged ? aRng.chance(0.9) : aRng.chance(0.5), ...(privileged ? { credentialPolicy: 'privileged' } : {}) }));
    }
  }
  // Two vendor defaults nobody renamed.
  accounts.push(
    { id: 'admin', type: 'default', roles: ['it-admin'], defaultPassword: false, mfa: true, credentialPolicy: 'privileged', status: 'active', lastLogin: daysAgo(12), hrStatus: 'not-applicable' },
    { id: 'wms-test', type: 'default', roles: ['hq-analyst'], defaultPassword: true, status: 'active', lastLogin: daysAgo(410), hrStatus: 'not-applicable' },
  );

  const outletAccounts = spread(accountsTotal - accounts.length, outletsTotal, 4, aRng, 5);
  const outletHandhelds = spread(handheldsTotal, outletsTotal, 3, dRng, 1);
  let outletIndex = 0;
  for (const r of regions) {
    const R = r.code;
    for (let seq = 1; seq <= r.outlets; seq++, outletIndex++) {
      const unit = `${R}-${pad(seq, 5)}`;
      const b = ((seq - 1) % BRANCHES) + 1;
      const franchised = aRng.chance(0.45);
      const policy = r.legacyPolicy ? { credentialPolicy: 'outlet-legacy' } : {};
      let n = outletAccounts[outletIndex];
      const take = (account) => {
        accounts.push(account);
        n--;
      };
      take(personal(`${unit}-sup`, unit, `${R}-supervisor-b${b}`, { mfa: aRng.chance(0.55), ...policy }));
      if (franchised && n > 2) {
        take({ ...personal(`${unit}-owner`, unit, `${R}-station-owner-b${b}`, { mfa: aRng.chance(0.3), ...policy }), affiliation: 'partner', organisation: `franchisee-${unit}`, hrStatus: 'not-applicable' });
      }
      if (aRng.chance(0.07) && n > 2) {
        // The outlet's shared login, as in the Bao'an case.
        const holders = Array.from({ length: aRng.int(3, 8) }, nextEmployee);
        take({ id: `${unit}-shared`, type: 'shared', holders, affiliation: 'employee', unit, roles: [`${R}-supervisor-b${b}`], mfa: false, ...policy, status: 'active', lastLogin: daysAgo(aRng.int(0, 5)) });
      }
      if (aRng.chance(0.004) && n > 2) {
        take({ id: `${unit}-admin`, type: 'default', unit, roles: [`${R}-outlet-admin-b${b}`], defaultPassword: aRng.chance(0.5), mfa: false, ...policy, status: 'active', lastLogin: lastLoginOf(0.2), hrStatus: 'not-applicable' });
      } else if (aRng.chance(0.3) && n > 2) {
        take(personal(`${unit}-it`, unit, `${R}-outlet-admin-b${b}`, { mfa: aRng.chance(0.5), ...policy }));
      }
      for (let k = 1; n > 0; k++) {
        const job = aRng.weighted([['courier', franchised ? 45 : 65], ['contract-courier', franchised ? 25 : 5], ['sorter', 20], ['cs', 8]]);
        const account = personal(`${unit}-${pad(k, 3)}`, unit, `${R}-${job}-b${b}`, { mfa: false, ...policy });
        if (franchised) {
          account.organisation = `franchisee-${unit}`;
          // Franchisee staff work under the network's franchise contract: contractors, not employees.
          if (account.affiliation === 'employee') account.affiliation = 'contractor';
          if (account.hrStatus === 'employed' && aRng.chance(0.5)) delete account.hrStatus; // franchisees' HR status is often unknown to HQ
        }
        take(account);
      }

      // Handhelds, one entry each; then the outlet's counter workstations as one fleet.
      const h = outletHandhelds[outletIndex];
      const sloppy = dRng.chance(0.02); // an outlet that never set up binding or MDM properly
      for (let k = 1; k <= h; k++) {
        const boundTo = sloppy ? dRng.pick(['shared', 'none']) : dRng.weighted([['person', 965], ['shared', 30], ['none', 5]]);
        const authentication = boundTo === 'none' ? dRng.pick(['none', 'pin']) : dRng.weighted([['account', 870], ['pin', 120], ['none', 10]]);
        const managed = sloppy ? dRng.chance(0.4) : dRng.chance(0.985);
        devices.push({
          id: `hs-${unit}-${pad(k, 2)}`,
          kind: 'handheld-scanner',
          boundTo,
          authentication,
          interfaces: [`bar-gun-query-${R}`],
          scope: dRng.weighted([['assigned', 96], ['unit', 3], ['any', 1]]),
          localCache: { store: `device-cache-${R}` },
          mdm: managed ? { managed: true, remoteLock: true, remoteWipe: dRng.chance(0.99) } : { managed: false },
          location: unit,
        });
      }
      devices.push({
        id: `ws-${unit}`,
        kind: 'workstation',
        count: dRng.int(1, 3),
        boundTo: 'shared',
        authentication: 'account',
        interfaces: [`waybill-lookup-${R}`, `label-print-${R}`],
        scope: dRng.chance(0.9) ? 'assigned' : 'unit',
        mdm: { managed: dRng.chance(0.6) },
        location: unit,
      });
    }
    // Face attendance terminals at the region's sorting hubs.
    const hubs = Math.max(2, Math.round(r.weight * 4));
    for (let k = 1; k <= hubs; k++) {
      devices.push({
        id: `face-${R}-hub-${pad(k, 2)}`,
        kind: 'face-terminal',
        count: dRng.int(2, 6),
        boundTo: 'shared',
        authentication: 'biometric',
        localCache: { store: 'face-attendance' },
        mdm: { managed: true, remoteLock: true, remoteWipe: true },
        biometric: { matching: 'on-device', sendsRawImages: dRng.chance(0.1), encryptedTransport: true },
        location: `${R}-hub-${pad(k, 2)}`,
        publicPlace: false,
        privateSpace: false,
        signage: dRng.chance(0.85),
      });
    }
  }

  const system = {
    id: 'national-courier',
    name: { zh: '全国快递运单与网点系统', en: 'National courier waybill and outlet system' },
    operator: 'Example Express Co., Ltd. (synthetic benchmark data)',
    sector: 'express',
    mlpsLevel: 3,
    individuals: 600_000_000,
    faceIndividuals: 60_000,
    asOf: o.asOf,
    piOfficer: { appointed: true, name: 'PI protection office', contact: 'pi-office@example.invalid' },
    complianceAudit: { lastDate: '2023-11-15', intervalMonths: 12, by: 'professional-firm' },
    incidentResponse: { plan: true, notificationPath: true, lastDrill: '2024-03-20' },
    faceRecognitionFiling: { filed: true, date: '2023-09-01' },
    training: { lastDate: '2024-01-10', intervalMonths: 12 },
  };
  const flows = [
    {
      id: 'sms-notify',
      recipient: { name: 'SMS gateway vendor', kind: 'entrusted-processor', country: 'CN' },
      stores: regions.map((r) => `waybills-${r.code}`),
      categories: ['contact.phone', 'logistics.waybill-number'],
      purpose: 'delivery notifications',
      legalBasis: 'contract',
      contract: { present: true, purpose: true, term: true, method: true, categories: true, protection: true, returnOrDelete: true, noSubEntrustment: false },
      impactAssessment: 'pia-entrustment-2023',
      records: { kept: true, retention: 'P3Y' },
      encryptedInTransit: true,
      access: { method: 'api-key', managed: true },
    },
    {
      id: 'platform-tracking',
      recipient: { name: 'E-commerce platform', kind: 'third-party', country: 'CN' },
      stores: ['waybills-ZJ', 'waybills-GD'],
      categories: ['logistics'],
      purpose: 'order tracking for merchants',
      legalBasis: 'contract',
      consent: 'separate',
      recipientNotified: true,
      contract: { present: true },
      records: { kept: true, retention: 'P3Y' },
      encryptedInTransit: true,
      access: { method: 'api-key', managed: true },
    },
    {
      id: 'police-requests',
      recipient: { name: 'Public security organs', kind: 'government', country: 'CN' },
      stores: ['realname-registry'],
      purpose: 'lawful requests',
      legalBasis: 'legal-duty',
      records: { kept: true, retention: 'P5Y' },
      encryptedInTransit: true,
      access: { method: 'paper' },
    },
    {
      id: 'overseas-partner',
      recipient: { name: 'Cross-border delivery partner', kind: 'third-party', country: 'HK' },
      stores: ['waybills-GD'],
      categories: ['identity.name', 'contact'],
      purpose: 'international shipments',
      legalBasis: 'contract',
      consent: 'bundled',
      contract: { present: true, purpose: true, term: true, method: true, categories: true, protection: false, returnOrDelete: false },
      records: { kept: false },
      encryptedInTransit: true,
      access: { method: 'file-transfer', managed: false },
      crossBorderMechanism: 'standard-contract',
    },
  ];
  const collectionPoints = [
    {
      id: 'app-send',
      name: { zh: 'App 下单寄件', en: 'App: send a parcel' },
      channel: 'app',
      stores: ['customers', ...regions.map((r) => `waybills-${r.code}`)],
      categories: ['identity.name', 'contact.phone', 'contact.address'],
      purpose: 'accept and deliver parcels',
      notice: { provided: true, items: ['identity', 'contact', 'purpose', 'method', 'categories', 'retention', 'rights', 'recipients'], collectionList: true, recipientList: true },
      consent: 'separate',
      subjects: 'adults',
      necessary: true,
    },
    {
      id: 'counter-realname',
      name: { zh: '网点寄件实名核验', en: 'Counter real-name check' },
      channel: 'counter',
      stores: ['realname-registry'],
      categories: ['identity.name', 'identity.id-number'],
      purpose: 'statutory real-name registration',
      notice: { provided: true, items: ['identity', 'purpose', 'categories'] },
      consent: 'none',
      mandatory: true,
      subjects: 'mixed',
      necessary: true,
    },
    {
      id: 'hub-face-attendance',
      name: { zh: '分拨中心人脸考勤', en: 'Hub face attendance' },
      channel: 'device',
      stores: ['face-attendance'],
      categories: ['biometric.face-template', 'identity.name'],
      purpose: 'staff attendance',
      notice: { provided: true, items: ['identity', 'purpose', 'categories', 'retention', 'necessity', 'impact'] },
      consent: 'separate',
      mandatory: false,
      alternatives: ['staff card'],
      subjects: 'adults',
    },
    {
      id: 'courier-gps',
      name: { zh: '快递员轨迹采集', en: 'Courier GPS tracking' },
      channel: 'device',
      stores: ['courier-tracks'],
      categories: ['location.whereabouts'],
      purpose: 'dispatch and safety',
      notice: { provided: true, items: ['purpose', 'categories'] },
      consent: 'bundled',
      mandatory: true,
      subjects: 'adults',
    },
  ];
  const impactAssessments = [
    { id: 'pia-entrustment-2023', date: '2023-06-01', covers: ['entrustment'], flows: ['sms-notify'] },
    { id: 'pia-face-2023', date: '2023-08-15', covers: ['sensitive-processing', 'face-recognition'], stores: ['face-attendance'] },
    { id: 'pia-tracks-2022', date: '2022-04-01', covers: ['sensitive-processing'], stores: ['courier-tracks'] },
  ];
  const auditLogging = {
    events: ['login', 'read', 'export', 'print', 'scan', 'admin', 'permission-change'],
    fields: ['user', 'time', 'event', 'outcome', 'subject', 'device', 'ip'],
    retention: 'P180D',
    tamperProtection: true,
    review: { every: 'P30D' },
    alerting: true,
  };

  return {
    apiVersion: 'pipl-audit/v1',
    system,
    stores,
    interfaces,
    roles,
    accounts,
    credentialPolicies,
    devices,
    flows,
    collectionPoints,
    deletionJobs,
    auditLogging,
    impactAssessments,
  };
}

/**
 * Writes the manifest: one entity per line (or fully indented with `pretty`), in chunks so the
 * whole file never exists as one string. Returns the number of bytes written.
 */
export function writeManifest(manifest, file, { pretty = false } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let bytes = 0;
  let buffer = '';
  const emit = (text) => {
    buffer += text;
    if (buffer.length >= 1 << 20) flush();
  };
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  try {
    const keys = Object.keys(manifest);
    emit('{\n');
    keys.forEach((key, k) => {
      const value = manifest[key];
      const comma = k < keys.length - 1 ? ',' : '';
      if (pretty) {
        const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
        emit(`  ${JSON.stringify(key)}: ${text}${comma}\n`);
      } else if (Array.isArray(value)) {
        emit(`${JSON.stringify(key)}: [\n`);
        value.forEach((entity, i) => emit(`  ${JSON.stringify(entity)}${i < value.length - 1 ? ',' : ''}\n`));
        emit(`]${comma}\n`);
      } else {
        emit(`${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
      }
    });
    emit('}\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Counts of what was generated, for the benchmark table. */
export function describe(manifest) {
  const outlets = new Set();
  for (const a of manifest.accounts) if (a.unit && /^[A-Z]{2}-\d{5}$/.test(a.unit)) outlets.add(a.unit);
  return {
    outlets: outlets.size,
    accounts: manifest.accounts.length,
    roles: manifest.roles.length,
    deviceEntries: manifest.devices.length,
    handhelds: manifest.devices.filter((d) => d.kind === 'handheld-scanner').length,
    devicesCounted: manifest.devices.reduce((s, d) => s + (d.count ?? 1), 0),
    stores: manifest.stores.length,
    interfaces: manifest.interfaces.length,
    grants: manifest.roles.reduce((s, r) => s + (r.grants?.length ?? 0), 0),
    credentialPolicies: manifest.credentialPolicies.length,
    deletionJobs: manifest.deletionJobs.length,
  };
}

function parseArgs(argv) {
  const args = { out: 'bench/out/courier-national.json', seed: DEFAULTS.seed, scale: DEFAULTS.scale, pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--pretty') args.pretty = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.seed) || !(args.scale > 0)) throw new Error('--seed must be an integer and --scale positive');
  return args;
}

// Run as a script: generate, write, print counts and timing.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const manifest = generateCourier({ seed: args.seed, scale: args.scale });
  const t1 = performance.now();
  const bytes = writeManifest(manifest, resolve(args.out), { pretty: args.pretty });
  const t2 = performance.now();
  console.log(JSON.stringify({ file: args.out, bytes, generateMs: Math.round(t1 - t0), writeMs: Math.round(t2 - t1), ...describe(manifest) }));
}
