// 员工关系：申诉热线工单、举报
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole, type StaffUser } from '../middleware/auth.js';
import { writeAccessLog } from '../lib/access-log.js';

export const compliance = new Hono();

// 热线工单：只看分给自己的
compliance.get('/grievances', requireRole('grievance-officer'), async (c) => {
  const user = c.get('user') as StaffUser;
  const rows = await prisma.grievance.findMany({
    where: { handlerId: user.sub, status: { not: 'CLOSED' } },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return c.json(rows);
});

// 举报件：只能看指派给自己的调查件；举报人身份字段不解密返回
compliance.get('/whistle/:id', requireRole('compliance-investigator'), async (c) => {
  const user = c.get('user') as StaffUser;
  const report = await prisma.whistleReport.findFirst({
    where: { id: Number(c.req.param('id')), assigneeId: user.sub },
    select: { id: true, anonymous: true, accusedEmpNo: true, allegation: true, evidenceUrls: true, status: true, createdAt: true },
  });
  if (!report) return c.json({ message: 'not found' }, 404);
  await writeAccessLog(c, 'whistle.view', String(report.id));
  return c.json(report);
});
