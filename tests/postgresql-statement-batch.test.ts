// decideStatements parses runs of statements in one libpg-query call (statement-policy.ts); its
// decisions must be those of decideStatement on each text alone, whatever the texts hold.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitStatements } from '../src/importers/postgresql/split-statements.js';
import { decideStatement, decideStatements, loadStatementParser } from '../src/importers/postgresql/statement-policy.js';

const DUMPS = [
  'tests/fixtures/postgresql/privileges-matrix.sql',
  'tests/fixtures/postgresql/real/pagila-schema-excerpt.sql',
  'examples/hospital/before/db/emr-dump.sql',
  'examples/hospital/after/db/emr-dump.sql',
  'examples/courier-ruoyi/before/db/ruoyi-dump.sql',
  'examples/courier/before/db/waybill-dump.sql',
];

const one = (texts: string[]) => texts.map((text) => decideStatement(text));

describe('decideStatements decides as decideStatement does one by one', () => {
  beforeAll(() => loadStatementParser());

  it.each(DUMPS)('%s', (path) => {
    const texts = splitStatements(readFileSync(path, 'utf8'), path).statements.map((s) => s.text);
    expect(texts.length).toBeGreaterThan(5);
    expect(decideStatements(texts)).toEqual(one(texts));
  });

  it.each([
    ['a text that does not parse among others', ['GRANT SELECT ON t TO a', 'GRANT SELEKT ON t TO b', 'CREATE ROLE c']],
    ['a psql variable', ['CREATE ROLE a', 'GRANT SELECT ON t TO :reader', 'CREATE ROLE c']],
    ['two statements in one text beside an empty one', ['SET search_path = public; DO $$ BEGIN END $$', '-- nothing', 'CREATE ROLE c']],
    ['an empty text', ['CREATE ROLE a', '', 'CREATE ROLE b']],
    ['a comment left open across the separator', ['GRANT SELECT ON t TO a /*', '*/ DO $$ BEGIN END $$', 'CREATE ROLE c']],
    ['a string left open across the separator', ["COMMENT ON TABLE t IS 'x", "'; DO $$ BEGIN END $$", 'CREATE ROLE c']],
    ['a quoted identifier left open', ['GRANT SELECT ON "t', '" TO a', 'CREATE ROLE c']],
    ['a dollar quote left open', ['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $b$ SELECT 1', '$b$', 'CREATE ROLE c']],
    ['a trailing line comment', ['CREATE ROLE a -- the reader', 'GRANT SELECT ON t TO a -- ;', 'CREATE ROLE c']],
    ['function bodies and settings', ["SELECT pg_catalog.set_config('search_path', '', false)", 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$', "CREATE FUNCTION g() RETURNS int LANGUAGE c AS 'x'", 'SET work_mem = 1']],
    ['a statement ending in a semicolon of its own', ['CREATE ROLE a;', 'CREATE ROLE b']],
  ])('%s', (_name, texts) => {
    expect(decideStatements(texts)).toEqual(one(texts));
  });

  it('runs longer than one parser call', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => (i === 517 ? 'GRANT SELEKT ON t TO a' : i % 3 === 0 ? `CREATE ROLE r${i}` : i % 3 === 1 ? `GRANT SELECT ON TABLE s.t${i} TO r${i - 1}` : `INSERT INTO t VALUES (${i})`));
    expect(decideStatements(texts)).toEqual(one(texts));
  });
});
