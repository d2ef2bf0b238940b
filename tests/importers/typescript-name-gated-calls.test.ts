// The walk skips the extractors gated by a callee's name for a call named as none of them reads
// (name-gated-calls.ts): the union covers every name those extractors read, and a file that mixes
// their forms with many calls of other names yields every fact they read.
import { describe, expect, it } from 'vitest';
import { readByName } from '../../src/importers/typescript/name-gated-calls.js';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';
import { LOG_METHODS } from '../../src/importers/typescript/extract-logging.js';
import { QUERY_CALL_NAMES } from '../../src/importers/typescript/extract-queries.js';
import { ROUTE_CALL_NAMES } from '../../src/importers/typescript/extract-routes.js';
import { CREDENTIAL_CALLS } from '../../src/importers/typescript/extract-credentials.js';
import { KEY_CALLS } from '../../src/importers/typescript/extract-keys.js';
import { SCHEDULE_CALLS } from '../../src/importers/typescript/extract-schedules.js';
import { MIDWAY_GLOBAL_CALLS } from '../../src/importers/typescript/midway-routes.js';
import { CASL_RULE_CALLS } from '../../src/importers/typescript/extract-access-control.js';

describe('calls gated by their callee name', () => {
  it('reads every name an extractor reads, and none of the everyday helpers', () => {
    for (const set of [LOG_METHODS, QUERY_CALL_NAMES, ROUTE_CALL_NAMES, CREDENTIAL_CALLS, KEY_CALLS, SCHEDULE_CALLS, MIDWAY_GLOBAL_CALLS, CASL_RULE_CALLS]) {
      for (const name of set) expect(readByName(name), name).toBe(true);
    }
    for (const name of ['findMany', 'getMany', 'get', 'use', 'addHook', 'setGlobalPrefix', 'compare', 'timingSafeEqual', 'HmacSHA256', 'hmacsm3', 'CronJob', 'can']) expect(readByName(name), name).toBe(true);
    for (const name of ['slice', 'padEnd', 'push', 'toFixed', 'join', 'sort', 'localeCompare', 'map', 'constructor', 'toString', '__proto__']) expect(readByName(name), name).toBe(false);
  });

  it('finds the facts of a courier service whose name-gated calls sit among helper calls', () => {
    const facts = parseCodeFile(
      'src/waybills/waybill-router.ts',
      `
import { Router } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import session from 'express-session';
import { CronJob } from 'cron';
import { prisma } from '../db';
import { logger } from '../logger';

const router = Router();
router.use(session({ secret: 'courier-session-secret' }));
const label = (id: string) => id.slice(0, 8).padEnd(8, '0').toUpperCase();

router.get('/waybills/by-phone', async (req, res) => {
  const phone = String(req.query.phone).trim();
  logger.info(req.query.phone);
  const rows = await prisma.waybill.findMany({ where: { recipientPhone: phone }, take: 50 });
  res.json(rows.map((r) => ({ ...r, label: label(r.id) })).sort((a, b) => a.label.localeCompare(b.label)));
});

router.post('/login', async (req, res) => {
  const courier = await prisma.courier.findUnique({ where: { phone: req.body.phone } });
  if (!courier || !(await bcrypt.compare(req.body.password, courier.passwordHash))) return res.status(401).end();
  res.json({ token: jwt.sign({ id: courier.id }, 'courier-jwt-secret') });
});

new CronJob('0 3 * * *', async () => {
  await prisma.waybill.deleteMany({ where: { deliveredAt: { lt: new Date(Date.now() - 90 * 86400000) } } });
});

export default router;
`,
    );
    expect(facts.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /waybills/by-phone', 'POST /login']);
    expect(facts.uses).toHaveLength(1);
    const handlers = facts.functions.filter((f) => f.queries.length > 0);
    expect(handlers.flatMap((f) => f.queries.map((q) => `${q.model}.${q.operation}`)).sort()).toEqual(['courier.find-one', 'waybill.delete', 'waybill.find-many']);
    expect(facts.functions.some((f) => f.checksPassword)).toBe(true);
    expect(facts.functions.flatMap((f) => f.logs ?? [])).not.toHaveLength(0);
    expect(facts.schedules.map((s) => s.library)).toEqual(['cron']);
    // The session's options object and jwt.sign's key: one read through the options form, one by name.
    expect(facts.credentials.map((c) => `${c.kind} ${c.name ?? ''}`.trim())).toEqual(['session-cookie session', 'key session({ secret })', 'jwt', 'key jwt.sign key']);
  });
});
