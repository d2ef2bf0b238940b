// A single-database pg_dump names owner roles it does not create (ALTER TABLE … OWNER TO
// app_owner; the roles come from pg_dumpall --roles-only). Each such statement fails in the
// embedded database: one cause, the missing role, so one warning and one coverage note per role,
// naming how many statements failed and the first — not one of each per table.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresqlImporter } from '../src/importers/postgresql/index.js';
import { templateZh } from '../src/i18n/input-error-templates.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { tempDir } from './support/temp-dir.js';

const tables = Array.from({ length: 20 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`);
const DUMP = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  'SET standard_conforming_strings = on;',
  ...tables.flatMap((t) => [`CREATE TABLE public.${t} (id integer, name text);`, `ALTER TABLE public.${t} OWNER TO app_owner;`]),
  // another failure, not an owner: stays its own warning and coverage note
  'CREATE EXTENSION IF NOT EXISTS postgis_no_such_extension;',
  '',
].join('\n');

describe('owner roles a single-database dump does not create', () => {
  it('are one warning and one coverage note per role, naming the count and the first statement', async () => {
    const dir = tempDir({ 'emr.sql': DUMP });
    const result = await postgresqlImporter.load([readSourceInput(join(dir, 'emr.sql'), 'emr.sql')], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    const ownerWarnings = (result.warnings ?? []).filter((w) => /OWNER TO|app_owner/.test(w.message));
    expect(ownerWarnings).toHaveLength(1);
    expect(ownerWarnings[0]).toMatchObject({
      file: 'emr.sql',
      line: DUMP.split('\n').indexOf('ALTER TABLE public.t01 OWNER TO app_owner;') + 1,
      message:
        'the dump names role "app_owner" as an owner but does not create it (a single-database pg_dump leaves roles to pg_dumpall --roles-only): 20 OWNER TO statements naming it were skipped (first: ALTER TABLE public.t01); to include the role, add pg_dumpall --roles-only output to the same source',
    });
    // In Chinese too: the dump does not create the role, and how to include it.
    expect(templateZh(ownerWarnings[0]?.message ?? '')).toBe(
      '导出将角色 "app_owner" 指定为属主，但没有创建该角色（单个数据库的 pg_dump 不导出角色，角色由 pg_dumpall --roles-only 导出）：20 条指定它的 OWNER TO 语句已跳过（第一条：ALTER TABLE public.t01）；如需纳入该角色，请将 pg_dumpall --roles-only 的输出加入同一数据源',
    );
    const ownerNotes = (result.coverage ?? []).filter((c) => c.kind === 'statement' && /OWNER TO|app_owner/.test(`${c.name} ${c.note}`));
    expect(ownerNotes).toHaveLength(1);
    expect(ownerNotes[0]?.name).toBe('OWNER TO app_owner');
    expect(ownerNotes[0]?.note).toMatch(/^20 OWNER TO statements name role "app_owner", which the dump does not create \(first: ALTER TABLE public\.t01\)/);
    expect(ownerNotes[0]?.noteZh).toMatch(/^20 条 OWNER TO 语句指定的角色 "app_owner" 未在导出中创建/);
    // The other failed statement keeps its own warning and note.
    expect((result.warnings ?? []).filter((w) => w.message.startsWith('statement failed in PGlite'))).toHaveLength(1);
    expect((result.coverage ?? []).filter((c) => c.kind === 'statement')).toHaveLength(2);
  });
});
