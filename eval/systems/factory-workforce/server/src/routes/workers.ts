// 人事：员工查询、详情
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole, type StaffUser } from '../middleware/auth.js';
import { decryptCardNo } from '../lib/bank-crypto.js';
import { writeAccessLog } from '../lib/access-log.js';

export const workers = new Hono();

// 员工查询：姓名 / 手机号 / 身份证号。班组长在车间里也要用（找人顶班、核对身份）。
workers.get('/search', requireRole('hr-specialist', 'hr-admin', 'line-supervisor'), async (c) => {
  const kw = c.req.query('kw');
  const phone = c.req.query('phone');
  const idCard = c.req.query('idCard');
  const rows = await prisma.employee.findMany({
    where: {
      OR: [
        kw ? { name: { contains: kw } } : undefined,
        phone ? { phone } : undefined,
        idCard ? { idCardNo: idCard } : undefined,
      ].filter(Boolean) as object[],
    },
    select: { empNo: true, name: true, phone: true, idCardNo: true, plantCode: true, workshopId: true, position: true, status: true },
    take: 50,
  });
  await writeAccessLog(c, 'worker.search', kw ?? phone ?? idCard);
  return c.json(rows);
});

// 员工详情（含工资卡，薪酬组做代发用）
workers.get('/:empNo', requireRole('hr-specialist', 'hr-admin', 'payroll-clerk'), async (c) => {
  const emp = await prisma.employee.findUnique({ where: { empNo: c.req.param('empNo') } });
  if (!emp) return c.json({ message: 'not found' }, 404);
  await writeAccessLog(c, 'worker.detail', emp.empNo);
  return c.json({ ...emp, bankCardNo: emp.bankCardNo ? decryptCardNo(emp.bankCardNo) : null });
});

// 班组长：本车间在岗名单（排班用）
export const line = new Hono();

line.get('/roster', requireRole('line-supervisor'), async (c) => {
  const user = c.get('user') as StaffUser;
  const rows = await prisma.employee.findMany({
    where: { workshopId: user.workshopId, status: 'ACTIVE' },
    select: { empNo: true, name: true, position: true, shift: true, phone: true },
    orderBy: { empNo: 'asc' },
    take: 300,
  });
  return c.json(rows);
});
