// Whose token a log-in signs (PIPL-CODE-005): the role its payload names literally, the routes a
// holder of that role can call, and whether those routes serve interfaces stated to serve the data
// subjects their own records. A clinic's booking app: a patient's own token and the front desk's
// staff token, both valid fourteen days. The scanned code is parsed, never run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { tempDir } from '../support/temp-dir.js';

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: typescript
    path: api
    mapping:
      roles: { desk: receptionist }
      stores: { booking: bookings, Booking: bookings }
      routes:
        "GET /api/me/bookings": my-bookings
        "GET /api/desk/bookings": desk-bookings
`;
const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: clinic-booking, name: { zh: 诊所预约, en: Clinic booking }, operator: Test Clinic }
stores:
  - id: bookings
    kind: table
    fields:
      - { name: patientName, category: identity.name }
      - { name: phone, category: contact.phone }
interfaces:
  - { id: my-bookings, kind: api, store: bookings, returns: [patientName, phone], selfService: true }
  - { id: desk-bookings, kind: query-screen, store: bookings, returns: [patientName, phone] }
roles:
  - { id: receptionist, kind: business, jobScope: unit }
`;
const AUTH = `import express from 'express';
import jwt from 'jsonwebtoken';
import { prisma } from './db';
const SECRET = process.env.JWT_SECRET as string;
export const auth = express.Router();
auth.post('/api/auth/patient', async (req, res) => {
  const p = await prisma.patientAccount.findFirst({ where: { phone: req.body.phone, code: req.body.code } });
  if (!p) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: p.id, role: 'patient' }, SECRET, { expiresIn: '14d' }) });
});
auth.post('/api/auth/staff', async (req, res) => {
  const s = await prisma.staff.findFirst({ where: { username: req.body.username } });
  if (!s) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: s.id, role: s.role }, SECRET, { expiresIn: '14d' }) });
});
`;
const GUARDS = `import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';
export function requireLogin(req: Request, res: Response, next: NextFunction) {
  try { (req as any).user = jwt.verify(String(req.headers.authorization), process.env.JWT_SECRET as string); next(); } catch { res.status(401).end(); }
}
export function requireRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => (roles.includes((req as any).user.role) ? next() : res.status(403).end());
}
`;
const BOOKINGS = `import express from 'express';
import { prisma } from '../db';
import { requireLogin, requireRole } from '../guards';
export const bookings = express.Router();
bookings.get('/api/me/bookings', requireLogin, requireRole('patient'), async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { patientId: (req as any).user.sub }, take: 20 }));
});
bookings.get('/api/desk/bookings', requireLogin, requireRole('desk'), async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { clinicId: (req as any).user.clinicId }, take: 50 }));
});
`;
const DB = `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
`;

const project = (extra: Record<string, string> = {}) =>
  join(tempDir({ 'pipl-audit.yaml': PROJECT, 'manifest.yaml': MANIFEST, 'api/src/auth.ts': AUTH, 'api/src/guards.ts': GUARDS, 'api/src/routes/bookings.ts': BOOKINGS, 'api/src/db.ts': DB, ...extra }), 'pipl-audit.yaml');

async function tokenVerdicts(path: string): Promise<Array<[number, string]>> {
  const report = await audit({ paths: [path], exceptions: false, includePassed: true });
  return report.findings
    .filter((f) => f.ruleId === 'PIPL-CODE-005')
    .map((f): [number, string] => [Number(/auth\.ts:(\d+):/.exec(f.target.key)?.[1]), `${f.status} ${f.decision && 'row' in f.decision ? f.decision.row : ''}`])
    .sort((a, b) => a[0] - b[0]);
}

describe('PIPL-CODE-005: whose token a log-in signs', () => {
  it("a patient's own token (role 'patient', whose routes serve only a self-service interface) needs an expiry, not the staff ceiling; the staff token (role from the account record) keeps the ceiling", async () => {
    expect(await tokenVerdicts(project())).toEqual([
      [9, 'PASS own-expires'],
      [14, 'FAIL over'],
    ]);
  });

  it('the same patient token fails the ceiling once its role also opens a route that is not self-service', async () => {
    const wider = BOOKINGS.replace("requireRole('desk')", "requireRole('desk', 'patient')");
    expect(await tokenVerdicts(project({ 'api/src/routes/bookings.ts': wider }))).toEqual([
      [9, 'FAIL over'],
      [14, 'FAIL over'],
    ]);
  });

  it("a patient's own token that never expires still fails", async () => {
    const forever = AUTH.replace("role: 'patient' }, SECRET, { expiresIn: '14d' })", "role: 'patient' }, SECRET)");
    expect(await tokenVerdicts(project({ 'api/src/auth.ts': forever }))).toEqual([
      [9, 'FAIL own-never'],
      [14, 'FAIL over'],
    ]);
  });
});
