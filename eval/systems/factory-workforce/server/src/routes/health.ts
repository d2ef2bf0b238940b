// 职业健康：岗前 / 在岗 / 离岗体检结果
import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import { requireRole } from '../middleware/auth.js';
import { writeAccessLog } from '../lib/access-log.js';

export const health = new Hono();

// 按厂区导出体检结果（给职业病防治院对账、年底给安监报表）
health.get('/exams/export', requireRole('ohs-nurse', 'ehs-engineer'), async (c) => {
  const plant = c.req.query('plant');
  const year = Number(c.req.query('year') ?? new Date().getFullYear());
  const rows = await prisma.healthExam.findMany({
    where: {
      plantCode: plant,
      examDate: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) },
    },
    include: { employee: { select: { name: true, idCardNo: true, phone: true } } },
  });
  const header = 'emp_no,name,id_card_no,exam_type,exam_date,hazard,audiometry,lung_function,conclusion\n';
  const body = rows
    .map((r) => [r.empNo, r.employee.name, r.employee.idCardNo, r.examType, r.examDate.toISOString().slice(0, 10), r.hazard, r.audiometry, r.lungFunction, r.conclusion].join(','))
    .join('\n');
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="health-${plant}-${year}.csv"`);
  return c.body(header + body);
});

// 某员工的体检记录。班组长要知道谁“职业禁忌”不能上噪声岗，HR 调岗时也看。
health.get('/exams/:empNo', requireRole('ohs-nurse', 'hr-specialist', 'line-supervisor'), async (c) => {
  const exams = await prisma.healthExam.findMany({
    where: { empNo: c.req.param('empNo') },
    orderBy: { examDate: 'desc' },
    take: 20,
  });
  await writeAccessLog(c, 'health.view', c.req.param('empNo'));
  return c.json(exams);
});

// 接害岗位体检结论统计（只出人数，不出名单）
health.get('/exposure-stats', requireRole('ehs-engineer', 'plant-manager'), async (c) => {
  const stats = await prisma.healthExam.groupBy({
    by: ['plantCode', 'hazard', 'conclusion'],
    _count: { _all: true },
  });
  return c.json(stats);
});
