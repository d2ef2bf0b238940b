// 客户（品牌方）社会责任审核：审核员现场抽查员工档案（年龄核查、工时、工资）
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole } from '../middleware/auth.js';
import { writeAccessLog } from '../lib/access-log.js';

export const brandAudit = new Hono();

brandAudit.get('/workers', requireRole('customer-auditor', 'hr-admin'), async (c) => {
  const plant = c.req.query('plant');
  const rows = await prisma.employee.findMany({
    where: { plantCode: plant, status: 'ACTIVE' },
    select: {
      empNo: true, name: true, gender: true, birthDate: true, idCardNo: true, hireDate: true,
      position: true, hourlyWage: true, agencyId: true, dormBuilding: true,
    },
    take: 500,
  });
  await writeAccessLog(c, 'brand-audit.sample', plant);
  return c.json(rows);
});

brandAudit.get('/timesheets/:empNo', requireRole('customer-auditor', 'hr-admin'), async (c) => {
  const rows = await prisma.attendancePunch.findMany({
    where: { empNo: c.req.param('empNo') },
    select: { punchedAt: true, direction: true, plantCode: true },
    orderBy: { punchedAt: 'desc' },
    take: 500,
  });
  return c.json(rows);
});
