// 宿舍门禁记录（宿管查本栋楼的进出记录）
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole, type StaffUser } from '../middleware/auth.js';
import { writeAccessLog } from '../lib/access-log.js';

export const dorm = new Hono();

dorm.get('/access-logs', requireRole('dorm-warden'), async (c) => {
  const user = c.get('user') as StaffUser;
  const empNo = c.req.query('empNo');
  const rows = await prisma.dormAccessLog.findMany({
    where: { dormBuilding: user.dormBuilding, ...(empNo ? { empNo } : {}) },
    orderBy: { passedAt: 'desc' },
    take: 200,
  });
  await writeAccessLog(c, 'dorm.access-logs', empNo);
  return c.json(rows);
});
