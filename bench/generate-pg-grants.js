// Generates a pg_dump-shaped schema dump with many grants, for the PostgreSQL import benchmark
// (bench/postgresql-grants.js): 8 schemas of 60 tables of 24 columns, 40 group roles and 160
// logins, each group granted SELECT (some column-level) on a third of the tables, each login a
// member of two groups, and 97 direct grants per table; about 56,000 table GRANT lines in all.
// Deterministic (seeded mulberry32): the same --seed gives byte-identical output.
//
// Usage: node bench/generate-pg-grants.js [--out FILE] [--seed N] [--scale F]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const out = resolve(option('out', `${ROOT}/bench/out/pg-grants.sql`));
const seed = Number(option('seed', '20240630'));
const scale = Number(option('scale', '1'));

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const pick = (n) => Math.floor(random() * n);

const SCHEMAS = 8;
const TABLES = Math.round(60 * scale);
const COLUMNS = 24;
const GROUPS = 40;
const LOGINS = Math.round(160 * scale);

const lines = ['--', '-- PostgreSQL database dump', '--', '', "SET client_encoding = 'UTF8';", 'SET standard_conforming_strings = on;', "SELECT pg_catalog.set_config('search_path', '', false);", ''];
for (let g = 0; g < GROUPS; g++) lines.push(`CREATE ROLE group_${g};`, `ALTER ROLE group_${g} WITH NOLOGIN;`);
for (let l = 0; l < LOGINS; l++) lines.push(`CREATE ROLE login_${l};`, `ALTER ROLE login_${l} WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2Vydg==';`);
for (let l = 0; l < LOGINS; l++) lines.push(`GRANT group_${pick(GROUPS)} TO login_${l};`, `GRANT group_${pick(GROUPS)} TO login_${l};`);
const tables = [];
for (let s = 0; s < SCHEMAS; s++) {
  lines.push(`CREATE SCHEMA app_${s};`);
  for (let t = 0; t < TABLES; t++) {
    const name = `app_${s}.table_${t}`;
    tables.push(name);
    lines.push(`CREATE TABLE ${name} (`, ...Array.from({ length: COLUMNS }, (_, c) => `    column_${c} text${c < COLUMNS - 1 ? ',' : ''}`), ');');
  }
}
lines.push('');
for (let s = 0; s < SCHEMAS; s++) for (let g = 0; g < GROUPS; g++) lines.push(`GRANT USAGE ON SCHEMA app_${s} TO group_${g};`);
let grants = 0;
for (const table of tables) {
  for (let g = 0; g < GROUPS; g++) {
    if (random() < 1 / 3) {
      lines.push(`GRANT SELECT ON TABLE ${table} TO group_${g};`);
      grants++;
    } else if (random() < 0.25) {
      lines.push(`GRANT SELECT(column_${pick(COLUMNS)}),UPDATE(column_${pick(COLUMNS)}) ON TABLE ${table} TO group_${g};`);
      grants++;
    }
  }
  for (let k = 0; k < 97; k++) {
    const login = pick(LOGINS);
    lines.push(`GRANT SELECT,INSERT ON TABLE ${table} TO login_${login};`);
    grants++;
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${tables.length} tables × ${COLUMNS} columns, ${GROUPS} groups, ${LOGINS} logins, ${grants} grants on tables, ${lines.length} lines`);
