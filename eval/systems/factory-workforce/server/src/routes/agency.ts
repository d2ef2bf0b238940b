// 劳务派遣公司门户：派遣员工名单、考勤工时（结算用）
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole, type StaffUser } from '../middleware/auth.js';

export const agency = new Hono();

// 派遣员工名单（入职办理、社保核对）
agency.get('/workers', requireRole('agency-coordinator', 'hr-specialist'), async (c) => {
  const agencyId = c.req.query('agencyId');
  const rows = await prisma.employee.findMany({
    where: { agencyId, status: { in: ['ACTIVE', 'PENDING'] } },
    select: { empNo: true, name: true, idCardNo: true, phone: true, plantCode: true, hireDate: true, bankName: true },
    take: 1000,
  });
  return c.json(rows);
});

// 月度工时（结算）
agency.get('/timesheets', requireRole('agency-coordinator'), async (c) => {
  const user = c.get('user') as StaffUser;
  const month = c.req.query('month') ?? new Date().toISOString().slice(0, 7);
  const from = new Date(`${month}-01T00:00:00+08:00`);
  const to = new Date(from); to.setMonth(to.getMonth() + 1);
  const punches = await prisma.attendancePunch.findMany({
    where: { punchedAt: { gte: from, lt: to }, empNo: { in: (await prisma.employee.findMany({ where: { agencyId: user.agencyId }, select: { empNo: true }, take: 2000 })).map((e) => e.empNo) } },
    select: { empNo: true, punchedAt: true, direction: true },
    take: 100000,
  });
  return c.json(punches);
});
