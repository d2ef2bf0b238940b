// Hostile PostgreSQL dumps: statements that would run code, sleep, loop or allocate without bound
// when loaded into the embedded PostgreSQL. Each is refused on its parsed form (reported with its
// line, never executed) and the rest of the dump still loads; what the allow-list cannot see (a
// literal partition bound whose domain CHECK calls a looping function) is stopped by the time
// limit of the loading process, and the source is reported unreadable naming its file; so is a
// dump that exceeds its memory limit, without taking the auditor down.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { postgresqlImporter } from '../../src/importers/postgresql/index.js';
import { loadDump } from '../../src/importers/postgresql/load-dump.js';
import { postgresFacts } from '../../src/importers/postgresql/postgres-facts.js';
import { decideStatement, loadStatementParser } from '../../src/importers/postgresql/statement-policy.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const HOSTILE = `--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SELECT pg_catalog.set_config('search_path', '', false), pg_sleep(1e6);
SELECT pg_catalog.set_config('search_path', (SELECT string_agg(repeat('x', 1000000), ',') FROM generate_series(1, 1e10)), false);
SELECT count(*) FROM generate_series(1, 1e10);
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;
DO $$ BEGIN LOOP END LOOP; END $$;

CREATE FUNCTION public.spin() RETURNS integer
    LANGUAGE plpgsql
    AS $$ BEGIN LOOP END LOOP; END $$;
SELECT public.spin();
CALL public.forever();
CREATE FUNCTION public.native() RETURNS integer LANGUAGE c AS '/tmp/evil.so', 'native';

CREATE TABLE public.events (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_spin PARTITION OF public.events FOR VALUES FROM ((public.spin()::text)::date) TO (MAXVALUE);
CREATE TABLE public.events_sleep PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ((pg_sleep(1e6)::text)::date);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM (('2023-01-01'::date + (SELECT count(*) FROM generate_series(1, 1e10))::integer)) TO ('2024-01-01');
ALTER TABLE public.events ADD COLUMN big text DEFAULT repeat('x', 1000000000);
CREATE MATERIALIZED VIEW public.slow AS SELECT count(*) FROM generate_series(1, 1e10);
CREATE TABLE public.copied AS SELECT * FROM generate_series(1, 1e10);
COPY public.events (id) FROM PROGRAM 'cat /etc/passwd';
COPY public.events (id) FROM '/etc/passwd';

CREATE ROLE reader;
ALTER ROLE reader WITH LOGIN;
CREATE TABLE public.patients (
    id integer DEFAULT public.spin(),
    name text CHECK (public.spin() > 0)
);
CREATE POLICY p ON public.patients USING ((public.spin() > 0));
ALTER TABLE public.patients ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON TABLE public.patients TO reader;
`;

const lineOf = (needle: string) => HOSTILE.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('statements refused on their parsed form', () => {
  let result: ImportResult;
  beforeAll(async () => {
    const dir = tempDir({ 'hostile.sql': HOSTILE });
    // In this thread (tests run from sources): a refused statement that ran would hang the test.
    result = await postgresqlImporter.load([readSourceInput(`${dir}/hostile.sql`, 'hostile.sql')], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
  });

  const refusal = (needle: string) => result.warnings.find((w) => w.line === lineOf(needle) && w.message.startsWith('statement refused'));

  it.each([
    ["set_config('search_path', '', false), pg_sleep", 'SELECT'],
    ['string_agg(repeat', 'SELECT'],
    ['SELECT count(*) FROM generate_series', 'SELECT'],
    ['WITH RECURSIVE', 'SELECT'],
    ['DO $$', 'DO block'],
    ['SELECT public.spin()', 'SELECT'],
    ['CALL public.forever', 'CALL'],
    ['LANGUAGE c', 'function in language c'],
    ['events_spin', 'partition bound computed by an expression'],
    ['events_sleep', 'partition bound computed by an expression'],
    ['ATTACH PARTITION', 'partition bound computed by an expression'],
    ['ADD COLUMN big', 'ALTER TABLE … ADD COLUMN with a computed default'],
    ['MATERIALIZED VIEW public.slow', 'CREATE MATERIALIZED VIEW with data'],
    ['CREATE TABLE public.copied AS', 'CREATE TABLE AS'],
    ['FROM PROGRAM', 'COPY with PROGRAM'],
    ["FROM '/etc/passwd'", 'COPY to or from a file'],
  ])('refuses %s (%s), naming its line', (needle, kind) => {
    expect(refusal(needle)).toMatchObject({ severity: 'warning', file: 'hostile.sql', message: expect.stringContaining(`(${kind}`) });
  });

  it('goes on with the rest: the table, its stored (never evaluated) default, CHECK and policy, and the grant after the hostile statements', () => {
    expect(result.coverage?.filter((c) => c.kind === 'table').map((c) => c.name).sort()).toEqual(['public.events', 'public.events_2024', 'public.patients']);
    expect(result.coverage?.find((c) => c.kind === 'login')).toMatchObject({ name: 'reader', line: lineOf('CREATE ROLE reader') });
    expect(result.warnings.filter((w) => !w.message.startsWith('statement refused'))).toEqual([]);
    // pg_dump's own lines are run or skipped without a word.
    for (const needle of ['SET statement_timeout', 'SET client_encoding', "set_config('search_path', '', false);", 'CREATE TABLE public.patients', 'CREATE POLICY', 'CREATE FUNCTION public.spin']) {
      expect(result.warnings.find((w) => w.line === lineOf(needle))).toBeUndefined();
    }
  });
});

describe('statements run together only while PostgreSQL reads their quoting as the policy did', () => {
  // With standard_conforming_strings off, a backslash escapes a quote. The policy's parser read
  // each COMMENT below as one statement; joined in one text, the first one's string would run on
  // into the second and the GRANT hidden in it would run. Run alone, as it must be here, the
  // first is what PostgreSQL then reads it as: an unterminated string, so the dump does not parse.
  const QUOTED = [
    'SET standard_conforming_strings = off;',
    'CREATE ROLE app LOGIN;',
    'CREATE TABLE public.t (id integer);',
    "COMMENT ON TABLE public.t IS 'x\\';",
    "COMMENT ON TABLE public.t IS ' ; GRANT SELECT ON public.t TO app; --';",
    'CREATE ROLE reader LOGIN;',
    'GRANT SELECT ON TABLE public.t TO reader;',
    '',
  ].join('\n');

  it('runs the statements one by one, so the hidden GRANT never runs: the dump is refused at the statement PostgreSQL cannot read', async () => {
    const dir = tempDir({ 'quoted.sql': QUOTED });
    const loading = postgresqlImporter.load([readSourceInput(`${dir}/quoted.sql`, 'quoted.sql')], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    await expect(loading).rejects.toMatchObject({ diagnostics: [{ severity: 'error', file: 'quoted.sql', line: 4, message: expect.stringContaining('SQL does not parse') }] });
  });

  it('with standard-conforming strings, the same statements load (run together): the comment stays a comment, only the real grant reads the table', async () => {
    const dir = tempDir({ 'quoted.sql': QUOTED.replace('= off', '= on') });
    const { catalog, lines, warnings } = await loadDump([readSourceInput(`${dir}/quoted.sql`, 'quoted.sql')], undefined);
    expect(warnings).toEqual([]);
    const reads = new Map(postgresFacts(catalog, lines).logins.map((login) => [login.name, [...login.reads.keys()]]));
    expect(reads.get('reader')).toEqual(['public.t']);
    expect(reads.get('app')).toEqual([]);
  });
});

describe('a statement that fails among statements run together', () => {
  it('is reported with its line as when run alone, and the statements before and after it in the same run still take effect', async () => {
    const dump = ['CREATE ROLE reader LOGIN;', 'CREATE TABLE public.t (id integer);', 'GRANT SELECT ON TABLE public.t TO nobody;', 'GRANT SELECT ON TABLE public.t TO reader;', ''].join('\n');
    const dir = tempDir({ 'failing.sql': dump });
    const { catalog, lines, warnings, failed } = await loadDump([readSourceInput(`${dir}/failing.sql`, 'failing.sql')], undefined);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'failing.sql', line: 3, message: expect.stringContaining('statement failed in PGlite and was skipped (42704)') })]);
    expect(failed.map((f) => f.line)).toEqual([3]);
    expect(postgresFacts(catalog, lines).logins.find((l) => l.name === 'reader')?.reads.get('public.t')?.at).toEqual({ file: 'failing.sql', line: 4 });
  });
});

describe('the allow-list reads the parsed statement, not its first words', () => {
  beforeAll(() => loadStatementParser());
  it.each([
    ["SELECT pg_catalog.set_config('search_path', '', false)", 'run'],
    ["SELECT set_config('search_path', 'public', false)", 'run'],
    ["SELECT pg_catalog.set_config('statement_timeout', '0', false)", 'skip'],
    ["SELECT pg_catalog.set_config('search_path', '', false) FROM generate_series(1, 1e10)", 'refuse'],
    ["SELECT pg_catalog.set_config('search_path', current_setting('x'), false)", 'refuse'],
    ["SELECT pg_catalog.set_config('log_statement', 'all', false)", 'refuse'],
    ["SELECT pg_catalog.setval('public.s', 42, true)", 'skip'],
    ["SELECT pg_catalog.setval('public.s', (SELECT count(*) FROM generate_series(1, 1e10)), true)", 'refuse'],
    ['SET search_path = public, pg_catalog', 'run'],
    ['SET work_mem = 1000000000', 'refuse'],
    ['CREATE SCHEMA s CREATE TABLE t (a int)', 'refuse'],
    ['CREATE TABLE p1 PARTITION OF p FOR VALUES WITH (modulus 4, remainder 0)', 'run'],
    ['CREATE TABLE p1 PARTITION OF p FOR VALUES IN (-1, 2)', 'run'],
    ['CREATE TABLE p1 PARTITION OF p DEFAULT', 'run'],
    ['ALTER TABLE ONLY t ADD CONSTRAINT c CHECK (f(1) > 0)', 'skip'],
    ['ALTER TABLE t ALTER COLUMN a TYPE int USING (f(a))', 'refuse'],
    ['ALTER TABLE ONLY t OWNER TO x, ADD CONSTRAINT c PRIMARY KEY (a)', 'refuse'],
    ['COPY t (a) FROM stdin', 'skip'],
    ['INSERT INTO t VALUES (1)', 'skip'],
    ['CREATE MATERIALIZED VIEW v AS SELECT 1 WITH NO DATA', 'run'],
  ])('%s → %s', (sql, action) => {
    expect(decideStatement(sql).action).toBe(action);
  });
});

describe('limits of the loading process (built CLI)', () => {
  // A literal partition bound passes the allow-list, but coercing it to the partition key's
  // domain runs the domain's CHECK, which calls a looping function: only the limit stops it.
  const LOOPING = `--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
CREATE FUNCTION public.spin(integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$ BEGIN LOOP END LOOP; END $$;
CREATE DOMAIN public.ward AS integer CHECK (public.spin(VALUE));
CREATE TABLE public.stays (ward public.ward) PARTITION BY LIST (ward);
CREATE TABLE public.stays_1 PARTITION OF public.stays FOR VALUES IN (1);
`;
  const project = (limits: string) => `version: 1
manifests: [system.yaml]
sources:
  - type: postgresql
    path: db/dump.sql
    options:
      limits: ${limits}
`;

  const MANIFEST = 'apiVersion: pipl-audit/v1\nsystem: { id: s, name: S, asOf: 2024-01-01 }\n';
  const projectWith = (dump: string, limits: string) => tempDir({ 'system.yaml': MANIFEST, 'db/dump.sql': dump, 'pipl-audit.yaml': project(limits) });

  /** Audits with --allow-unreadable and returns the report's diagnostics. */
  const diagnosticsOf = (dump: string, limits: string) => {
    const dir = projectWith(dump, limits);
    const result = runCli(['audit', '.', '--allow-unreadable', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.stderr).not.toMatch(/FATAL ERROR|\n\s+at /);
    return (JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as { diagnostics: unknown[] }).diagnostics;
  };

  it('a dump that does not finish within the time limit is an unreadable source naming the file', () => {
    expect(diagnosticsOf(LOOPING, '{ timeSeconds: 3 }')).toEqual([expect.objectContaining({ severity: 'error', file: 'db/dump.sql', message: expect.stringContaining('did not finish within the time limit of 3 s') })]);
  });

  // A 48 MB string literal: the statement text alone is three times the 16 MB heap of the
  // process that loads it. Node used to abort the whole auditor ("FATAL ERROR: Reached heap
  // limit") when a worker thread's heap limit was reached inside a garbage collection.
  const HUGE = `--
-- PostgreSQL database dump
--

CREATE TABLE public.notes (id integer, body text);
COMMENT ON TABLE public.notes IS '${'x'.repeat(48 * 1024 * 1024)}';
`;
  const SMALL = HUGE.replace(/'x+'/, "'notes of the ward'");

  it('the same memory limit loads a small dump: the limit below is what the large literal exceeds, not PGlite\'s start-up', () => {
    // Loaded: its only diagnostic is that it grants nothing (pg_dump -x's shape), no limit.
    expect(diagnosticsOf(SMALL, '{ memoryMb: 16 }')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('states no privilege on any object') })]);
  });

  it('a dump that exceeds the memory limit is an input error naming the file and the limit; the auditor itself stays alive', () => {
    const dir = projectWith(HUGE, '{ memoryMb: 16 }');
    const result = runCli(['audit', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('db/dump.sql: error: loading the PostgreSQL dump exceeded the memory limit of 16 MB');
    expect(result.stderr).toContain('1 export could not be read');
    expect(result.stderr).not.toMatch(/FATAL ERROR|\n\s+at /);
  });

  it('with --allow-unreadable the report is written and the rules the dump feeds are NOT_EVALUATED naming it', () => {
    const dir = projectWith(HUGE, '{ memoryMb: 16 }');
    const result = runCli(['audit', '.', '--allow-unreadable', '-f', 'json'], { cwd: dir });
    expect(result.stderr).not.toMatch(/FATAL ERROR|\n\s+at /);
    const report = JSON.parse(result.stdout) as { diagnostics: unknown[]; findings: Array<{ status: string; message: { en: string }; reason?: { en: string } }> };
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'db/dump.sql', message: expect.stringContaining('exceeded the memory limit of 16 MB') })]);
    const unread = report.findings.filter((f) => f.status === 'NOT_EVALUATED' && f.reason?.en.includes('db/dump.sql: loading the PostgreSQL dump exceeded the memory limit of 16 MB'));
    expect(unread.length).toBeGreaterThan(0);
    expect(unread[0]?.message.en).toContain('db/dump.sql');
  });
});
