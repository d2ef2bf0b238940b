// decideStatements parses runs of statements in one libpg-query call (statement-policy.ts); its
// decisions must be those of decideStatement on each text alone, whatever the texts hold.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitStatements } from '../src/importers/postgresql/split-statements.js';
import { recognisePlain } from '../src/importers/postgresql/plain-statements.js';
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

  // Grants, role grants, CREATE ROLE and ALTER TABLE … OWNER TO of a few plain forms are decided
  // without a parse (plain-statements.ts), once the lexer has found no keyword among their
  // identifiers: every such decision must be the parser's, whatever word stands where.
  describe('plain statements decided without a parse', () => {
    // Keywords of every kind, names the grammar refuses by value (none, public as a new role), and plain names.
    const NAMES = ['r1', 'public', 'none', 'select', 'user', 'current_user', 'session_user', 'all', 'group', 'table', 'to', 'on', 'from', 'usage', 'maintain', 'database', 'schema', 'sequence', 'role', 'owner', 'only', 'granted', 'with', 'inherit', 'admin', 'option', 'true', 'x$y', '_u', 'Mixed_Case', 'a'.repeat(70), 'integer', 'interval', 'authorization', 'cascade'];
    const privileges = ['SELECT', 'SELECT,INSERT', 'ALL', 'ALL PRIVILEGES', 'USAGE', 'MAINTAIN', 'SELECT(c1),UPDATE(c1, c2)', 'REFERENCES ( c )', 'TRIGGER, TRUNCATE,DELETE', 'CREATE', 'ALL (c1)', 'SELECT()', 'SELECT,'];
    const targets = (name: string) => [`TABLE public.${name}`, `${name}.t`, `${name}`, `SEQUENCE s.${name}`, `SCHEMA ${name}`, `TABLE a.b, ${name}.c`, `SCHEMA s.${name}`, `TABLE a.b.${name}`, `TABLE a . ${name}`];
    const texts: string[] = [];
    for (const name of NAMES) {
      for (const privilege of privileges.slice(0, 4)) for (const target of targets(name)) texts.push(`GRANT ${privilege} ON ${target} TO r`);
      for (const privilege of privileges) texts.push(`GRANT ${privilege} ON TABLE s.t TO ${name}`);
      texts.push(
        `GRANT SELECT ON TABLE s.t TO GROUP ${name}, r2 WITH GRANT OPTION GRANTED BY ${name}`,
        `GRANT SELECT ON s.t TO r WITH GRANT OPTION`,
        `GRANT SELECT ON s.t TO r WITH ADMIN OPTION`,
        `REVOKE ALL ON TABLE s.${name} FROM PUBLIC`,
        `REVOKE GRANT OPTION FOR SELECT ON s.t FROM ${name} CASCADE`,
        `REVOKE SELECT ON s.t FROM ${name} GRANTED BY r RESTRICT`,
        `REVOKE GRANT SELECT ON s.t FROM r`,
        `GRANT ${name} TO r`,
        `GRANT r TO ${name}`,
        `GRANT r1, ${name} TO r2, r3 WITH ADMIN OPTION`,
        `GRANT r1 TO r2 WITH INHERIT TRUE, SET FALSE GRANTED BY ${name}`,
        `GRANT r1 TO r2 WITH ${name} TRUE`,
        `GRANT r1 TO GROUP ${name}`,
        `CREATE ROLE ${name}`,
        `create role ${name.toUpperCase()}`,
        `ALTER TABLE public.${name} OWNER TO r`,
        `ALTER TABLE ONLY ${name} OWNER TO ${name}`,
        `ALTER TABLE s.t OWNER TO ${name}`,
        `ALTER TABLE IF EXISTS s.t OWNER TO ${name}`,
      );
    }
    texts.push('GRANT', 'GRANT SELECT ON TABLE s.t TO', 'GRANT SELECT ON TABLE s.t TO r r', 'GRANT SELECT ON TABLE s.t TO r,', 'GRANT SELECT ON TABLE s.t\tTO\r\nr', 'GRANT SELECT ON TABLE s.t TO 1r', 'GRANT SELECT ON TABLE s.t TO r1$', 'GRANT SELECT ON TABLE s.t TO $1', 'GRANT SELECT ON TABLE s.t TO r -- x', 'GRANT SELECT ON TABLE s.t TO r;', 'CREATE ROLE', 'CREATE ROLE a b', 'ALTER TABLE s.t OWNER TO', 'grant select on table s.t to r');

    it('are decided as the parser decides them, one by one', () => {
      expect(decideStatements(texts)).toEqual(one(texts));
    });

    it('cover most of these texts, and the dumps of the repository', () => {
      const recognised = texts.filter((text) => recognisePlain(text) !== undefined);
      expect(recognised.length).toBeGreaterThan(texts.length / 2);
      // Some of them the lexer sends to the parser (a keyword where a name stands), some not.
      const decided = decideStatements(recognised);
      expect(decided.filter((d) => d.action === 'run').length).toBeGreaterThan(100);
      expect(decided.filter((d) => d.action === 'invalid').length).toBeGreaterThan(50);
    });
  });
});
