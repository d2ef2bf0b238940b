// A SQL statement joining tables, answered unchanged by its route: each FROM/JOIN table's columns
// (qualified by its alias) are what the route answers with for that table, so PIPL-CODE-012
// compares them with the route's interface — a grouped read that selects people's names beside a
// count (one row per person) answers with PI though its interface declares none, while a count by
// department does not. A condition on an alias keys that alias's table only, so the route's one
// lookup by the path's company id is one PIPL-CODE-011 finding, not one per joined table. End to
// end through the built CLI's program, run in-process; the scanned code is parsed, never run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    mapping:
      routes:
        "GET /orders/:id/contact": order-contact
        "GET /companies/:companyId/clients": client-sessions
        "GET /stats/departments": department-counts
`;

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: shop, name: Shop }
stores:
  - id: users
    kind: table
    records: 50000
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
  - id: orders
    kind: table
    records: 90000
    fields:
      - { name: address, category: contact.address }
  - id: appointments
    kind: table
    records: 90000
    fields:
      - { name: note, category: contact.address }
interfaces:
  - { id: order-contact, kind: query-screen, store: users, lookupKeys: [name, phone], returns: [name], masked: [], trigger: none, logged: true }
  - { id: client-sessions, kind: query-screen, store: users, lookupKeys: [name, phone], returns: [], masked: [], trigger: none, logged: true }
  - { id: department-counts, kind: query-screen, store: users, lookupKeys: [name, phone], returns: [], masked: [], trigger: none, logged: true }
`;

const APP = `import express from 'express';
import { Pool } from 'pg';
import { requireLogin } from './auth';
const pool = new Pool();
const app = express();
app.use(requireLogin);

app.get('/orders/:id/contact', async (req, res) => {
  res.json((await pool.query('SELECT u.name, u.phone FROM users u JOIN orders o ON o.user_id = u.id WHERE o.id = $1', [req.params.id])).rows);
});

app.get('/companies/:companyId/clients', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT u.name, u.phone, COUNT(a.id) AS sessions FROM users u JOIN appointments a ON a.user_id = u.id WHERE u.company_id = $1 GROUP BY u.id',
    [req.params.companyId],
  );
  res.json(rows);
});

app.get('/companies/:companyId/orders', async (req, res) => {
  res.json((await pool.query('SELECT u.name, o.address FROM users u JOIN orders o ON o.user_id = u.id WHERE u.org_id = $1', [req.params.companyId])).rows);
});

app.get('/stats/departments', async (req, res) => {
  const { rows } = await pool.query('SELECT dept, COUNT(*) AS n FROM users GROUP BY dept');
  res.json(rows);
});
app.listen(3000);
`;

const AUTH = `export function requireLogin(req, res, next) { if (!req.user) return res.status(401).end(); next(); }
`;

interface Finding { ruleId: string; status: string; target: { key: string }; message: { en: string } }
async function audit(): Promise<Finding[]> {
  const dir = tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/m.yaml': MANIFEST,
    'backend/package.json': '{ "name": "shop-api", "dependencies": { "express": "4", "pg": "8" } }',
    'backend/src/app.ts': APP,
    'backend/src/auth.ts': AUTH,
  });
  const r = await runCliInProcess(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  expect(r.stderr).not.toMatch(/error/i);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings;
}
const of = (findings: Finding[], rule: string, status = 'FAIL') => findings.filter((f) => f.ruleId === rule && f.status === status);

describe('SQL joins answered by a route', () => {
  it('a join answers its leading table\'s qualified columns; a grouped read of people answers their names; a count by department answers none', async () => {
    const findings = await audit();
    const beyond = of(findings, 'PIPL-CODE-012');
    expect(beyond.map((f) => f.target.key).sort()).toEqual(['GET:/companies/:companyId/clients>users', 'GET:/orders/:id/contact>users']);
    // The order's contact: the interface returns the name; the phone is beyond it.
    expect(beyond.find((f) => f.target.key.startsWith('GET:/orders'))?.message.en).toMatch(/; phone \(/);
    // The clients with their session counts: one row per person, name and phone, none declared.
    expect(beyond.find((f) => f.target.key.startsWith('GET:/companies'))?.message.en).toMatch(/; name, phone \(/);
    // Counts by department return no one's PI: no finding either way.
    expect(findings.filter((f) => f.ruleId === 'PIPL-CODE-012' && f.target.key.startsWith('GET:/stats'))).toEqual([]);
  });

  it('a condition on an alias keys that alias\'s table: one lookup, one PIPL-CODE-011 finding', async () => {
    const findings = await audit();
    const keys = of(findings, 'PIPL-CODE-011').map((f) => f.target.key).sort();
    // The company's users are looked up by the path's id (u.org_id); the orders joined to them are
    // not looked up by it. The order's contact is looked up on orders (o.id), not on users.
    expect(keys).toEqual(['GET:/companies/:companyId/clients>users', 'GET:/companies/:companyId/orders>users', 'GET:/orders/:id/contact>orders']);
  });
});
