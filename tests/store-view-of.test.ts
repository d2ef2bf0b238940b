// A store mapped to a SQL view holds no rows of its own: its rows go when the base tables' rows are
// deleted, and they rest encrypted or not as the base tables do. The PostgreSQL import states which
// mapped relations are views and what they read (databaseTables[].view); a store every mapped
// relation of which is a view is a view of the stores of the relations they read (stores[].viewOf
// states the same in a manifest). The rules asking a store for its own period, deletion and
// encryption at rest judge the base stores and leave the view out; reading the view is still a
// way to read PI (a login granted the view reads the store).
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import type { Inventory } from '../src/inventory/inventory.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = (viewRetention: string) => `apiVersion: pipl-audit/v1
system: { id: canteen-card, name: 食堂一卡通 }
stores:
  - id: cardholders
    kind: table
    fields:
      - { name: full_name, category: identity.name }
      - { name: phone, category: contact.phone }
    retention: { period: P3Y, trigger: contract-end, action: delete }
    encryption: { atRest: true }
  - id: payments
    kind: table
    fields:
      - { name: card_id, category: identity.name }
      - { name: amount, category: financial.transaction }
    retention: { period: P5Y, trigger: collection, action: delete }
    encryption: { atRest: true }
  - id: monthly-spend
    kind: table
    fields:
      - { name: full_name, category: identity.name }
      - { name: total, category: financial.transaction }
${viewRetention}
deletionJobs:
  - { id: purge-cardholders, stores: [cardholders], schedule: '0 3 * * *', action: delete, enabled: true, lastRun: 2024-05-01 }
  - { id: purge-payments, stores: [payments], schedule: '0 4 * * *', action: delete, enabled: true, lastRun: 2024-05-01 }
roles:
  - { id: finance-clerk, kind: business, grants: [{ store: monthly-spend, actions: [read], scope: organization }] }
accounts:
  - { id: clerk-1, type: personal, roles: [finance-clerk] }
`;

const DUMP = (monthly: string) => `--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);

CREATE ROLE finance;
ALTER ROLE finance WITH LOGIN PASSWORD 'md5aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

CREATE TABLE public.cardholder (
    id integer,
    full_name text,
    phone text
);

CREATE TABLE public.payment (
    id integer,
    card_id integer,
    amount numeric
);

${monthly}

GRANT SELECT ON TABLE public.v_monthly_spend TO finance;
`;

const VIEW = `CREATE VIEW public.v_monthly_spend AS
 SELECT c.full_name, sum(p.amount) AS total
   FROM (public.payment p
     JOIN public.cardholder c ON ((c.id = p.card_id)))
  GROUP BY c.full_name;`;

/** The same rows kept in a table of their own (a materialized report): rows the store holds. */
const TABLE = `CREATE TABLE public.v_monthly_spend (
    full_name text,
    total numeric
);`;

const PROJECT = `version: 1
manifests: [system.yaml]
sources:
  - type: postgresql
    path: db/dump.sql
    mapping:
      tables:
        public.cardholder: { store: cardholders, columns: { id: null } }
        public.payment: { store: payments, columns: { id: null } }
        public.v_monthly_spend: { store: monthly-spend }
      logins:
        finance: { account: clerk-1, usedBy: person }
`;

const VIEW_RULES = ['PIPL-RET-001', 'PIPL-RET-003', 'PIPL-RET-005', 'PIPL-SPI-003'];

async function run(monthly: string, viewRetention = '    retention: { period: P5Y, trigger: collection }\n    encryption: { atRest: false }') {
  const dir = tempDir({ 'system.yaml': MANIFEST(viewRetention), 'db/dump.sql': DUMP(monthly), 'pipl-audit.yaml': PROJECT });
  let inventory: Inventory | undefined;
  const report = await audit({ paths: [dir], asOf: '2024-06-01', exceptions: false, includePassed: true, onInventory: (i) => (inventory = i) });
  const on = (store: string) =>
    report.findings
      .filter((f) => VIEW_RULES.includes(f.ruleId) && f.target.key === store)
      .map((f) => `${f.ruleId} ${f.status}`)
      .sort();
  return { report, inventory, on };
}

describe('a store the project file maps to a SQL view', () => {
  it('is left out of the rules on its own period, deletion and encryption at rest; the base stores are judged', async () => {
    const { on } = await run(VIEW);
    expect(on('monthly-spend')).toEqual([]);
    expect(on('payments')).toEqual(['PIPL-RET-001 PASS', 'PIPL-RET-003 PASS', 'PIPL-SPI-003 PASS']);
  }, 60_000);

  it('is still a way to read PI: the login granted the view reads the store', async () => {
    const { inventory } = await run(VIEW);
    const login = inventory?.databaseLogins.find((l) => l.name === 'finance');
    expect(login?.reads?.map((r) => r.store)).toEqual(['monthly-spend']);
    const table = inventory?.databaseTables.find((t) => t.name === 'public.v_monthly_spend');
    expect(table?.view?.reads).toEqual(['public.cardholder', 'public.payment']);
  }, 60_000);

  it('is judged as any store where the relation is a table holding rows of its own', async () => {
    const { on } = await run(TABLE);
    expect(on('monthly-spend')).toEqual(['PIPL-RET-001 PASS', 'PIPL-RET-003 FAIL', 'PIPL-SPI-003 FAIL']);
  }, 60_000);
});

/** mysqldump's layout: a stand-in for the view (older versions: a table of its columns), then the view at the end, in versioned comments. */
const MYSQL_DUMP = `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: canteen
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS \`cardholder\`;
CREATE TABLE \`cardholder\` (
  \`id\` int NOT NULL,
  \`full_name\` varchar(64) DEFAULT NULL,
  \`phone\` varchar(20) DEFAULT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DROP TABLE IF EXISTS \`payment\`;
CREATE TABLE \`payment\` (
  \`id\` int NOT NULL,
  \`card_id\` int DEFAULT NULL,
  \`amount\` decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
/*!50100 PARTITION BY RANGE (\`id\`)
(PARTITION p0 VALUES LESS THAN (1000000) ENGINE = InnoDB) */;

--
-- Temporary view structure for view \`v_monthly_spend\`
--
DROP TABLE IF EXISTS \`v_monthly_spend\`;
/*!50001 DROP VIEW IF EXISTS \`v_monthly_spend\`*/;
/*!50001 CREATE TABLE \`v_monthly_spend\` (
  \`full_name\` tinyint NOT NULL,
  \`total\` tinyint NOT NULL
) ENGINE=MyISAM */;

--
-- Final view structure for view \`v_monthly_spend\`
--
/*!50001 DROP VIEW IF EXISTS \`v_monthly_spend\`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=\`report\`@\`%\` SQL SECURITY DEFINER */
/*!50001 VIEW \`v_monthly_spend\` AS select \`c\`.\`full_name\` AS \`full_name\`,sum(\`p\`.\`amount\`) AS \`total\` from (\`payment\` \`p\` join \`cardholder\` \`c\` on((\`c\`.\`id\` = \`p\`.\`card_id\`))) group by \`c\`.\`full_name\` */;
/*!50001 SET character_set_client      = @saved_cs_client */;
`;

const MYSQL_PROJECT = `version: 1
manifests: [system.yaml]
sources:
  - type: mysql-dump
    path: db/dump.sql
    mapping:
      tables:
        canteen.cardholder: { store: cardholders, columns: { id: null } }
        canteen.payment: { store: payments, columns: { id: null } }
        canteen.v_monthly_spend: { store: monthly-spend }
`;

describe('a store mapped to a view of a MySQL dump', () => {
  it('reads the view mysqldump writes in versioned comments, with what it reads, and leaves the store out of the same rules', async () => {
    const manifest = MANIFEST('    retention: { period: P5Y, trigger: collection }\n    encryption: { atRest: false }').replace(/^roles:[\s\S]*$/m, '');
    const dir = tempDir({ 'system.yaml': manifest, 'db/dump.sql': MYSQL_DUMP, 'pipl-audit.yaml': MYSQL_PROJECT });
    let inventory: Inventory | undefined;
    const report = await audit({ paths: [dir], asOf: '2024-06-01', exceptions: false, includePassed: true, onInventory: (i) => (inventory = i) });
    const view = inventory?.databaseTables.find((t) => t.name === 'canteen.v_monthly_spend');
    expect(view?.view).toEqual({ owner: 'report@%', securityInvoker: false, reads: ['canteen.cardholder', 'canteen.payment'], rowSecurityBypassed: [], unfilteredReads: ['canteen.cardholder', 'canteen.payment'] });
    // The partitioned table's versioned clause, inside a statement begun in plain text, is dropped as before.
    expect(inventory?.databaseTables.find((t) => t.name === 'canteen.payment')?.view).toBeUndefined();
    expect(report.findings.filter((f) => VIEW_RULES.includes(f.ruleId) && f.target.key === 'monthly-spend')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'PIPL-RET-003' && f.target.key === 'payments').map((f) => f.status)).toEqual(['PASS']);
  }, 60_000);
});

/**
 * Every rule on a store's own keeping: its retention, its deletion on schedule and on request, and
 * how it stores what it holds (encryption at rest, raw biometric images beside identity data, fields
 * kept in full though not needed). A view keeps nothing, so each judges the base store alone: one
 * finding per cause, never a second on the view for what its base store does.
 */
const KEEPING_RULES = [
  'PIPL-RET-001', 'PIPL-RET-002', 'PIPL-RET-003', 'PIPL-RET-004', 'PIPL-RET-005', 'PIPL-RET-006', 'PIPL-RET-007',
  'PIPL-SPI-003', 'PIPL-SPI-006', 'PIPL-FACE-003', 'PIPL-EXP-001', 'PIPL-VEN-001',
];

/** A gym's member table and a view joining its face photos to names, stated with every keeping fault a store can have. */
const GYM = (viewOf: string) => `apiVersion: pipl-audit/v1
system: { id: gym, name: 健身房会员系统, sector: venue }
stores:
  - id: members
    kind: table
    fields:
      - { name: member_no, category: identity.member-id, necessary: true }
      - { name: full_name, category: identity.name, necessary: true }
      - { name: id_no, category: identity.id-number, necessary: false }
      - { name: entry_log, category: membership.entry-log, necessary: true }
      - { name: face_photo, category: biometric.face, form: raw-image, necessary: true }
    retention: { period: P10Y, trigger: collection, action: delete }
    encryption: { atRest: false, inTransit: false }
    deletionOnRequest: { by: vendor }
  - id: member-faces
    kind: table
${viewOf}    fields:
      - { name: full_name, category: identity.name, necessary: true }
      - { name: id_no, category: identity.id-number, necessary: false }
      - { name: entry_log, category: membership.entry-log, necessary: true }
      - { name: face_photo, category: biometric.face, form: raw-image, necessary: true }
    retention: { period: permanent }
    encryption: { atRest: false, inTransit: false }
    deletionOnRequest: { by: vendor }
deletionJobs:
  - { id: purge-members, stores: [members, member-faces], schedule: '0 3 * * *', action: delete, enabled: true, lastRun: never }
`;

describe('a store the manifest states is a view (stores[].viewOf)', () => {
  const run = async (viewOf: string) => {
    const dir = tempDir({ 'system.yaml': GYM(viewOf) });
    const report = await audit({ paths: [dir], asOf: '2024-06-01', exceptions: false, includePassed: true });
    const on = (store: string, rules: readonly string[]) =>
      report.findings
        .filter((f) => rules.includes(f.ruleId) && (f.target.key === store || (f.members?.items.some((m) => m.key === store) ?? false)))
        .map((f) => `${f.ruleId} ${f.status}`)
        .sort();
    return on;
  };

  it('is left out of every rule on a store\'s own retention, deletion and storage; the base store alone fails each', async () => {
    const on = await run('    viewOf: [members]\n');
    expect(on('member-faces', KEEPING_RULES)).toEqual([]);
    // The base store's faults, each once.
    expect(on('members', KEEPING_RULES)).toEqual([
      'PIPL-FACE-003 FAIL', 'PIPL-RET-001 PASS', 'PIPL-RET-002 FAIL', 'PIPL-RET-003 PASS', 'PIPL-RET-004 FAIL', 'PIPL-RET-006 FAIL',
      'PIPL-RET-007 FAIL', 'PIPL-SPI-003 FAIL', 'PIPL-SPI-006 FAIL', 'PIPL-VEN-001 FAIL',
    ]);
  }, 60_000);

  it('is still a store whose data travels: encryption in transit is judged on it', async () => {
    const on = await run('    viewOf: [members]\n');
    expect(on('member-faces', ['PIPL-SPI-004'])).toEqual(['PIPL-SPI-004 FAIL']);
  }, 60_000);

  it('is judged as any store where nothing states it is a view', async () => {
    const on = await run('');
    // Its permanent period is PIPL-RET-001's finding, of which the period faults of PIPL-RET-002
    // and -007 are aspects (folded into it).
    expect(on('member-faces', KEEPING_RULES)).toEqual(
      ['PIPL-FACE-003', 'PIPL-RET-001', 'PIPL-RET-004', 'PIPL-RET-006', 'PIPL-SPI-003', 'PIPL-SPI-006', 'PIPL-VEN-001'].map((r) => `${r} FAIL`),
    );
  }, 60_000);
});
