import { FastifyInstance } from 'fastify';
import { db } from '../lib/db';
import { authenticate, requireRole } from '../lib/auth';

export async function employeeRoutes(app: FastifyInstance) {
  app.addHook('onRequest', authenticate);
  app.addHook('preHandler', requireRole('employee'));

  // 我的工资条（近 12 期）
  app.get('/payslips', async (request) => {
    return db('payslips')
      .where({ employee_id: request.user.sub })
      .select('id', 'period', 'gross_pay', 'net_pay', 'tax', 'social_insurance')
      .orderBy('period', 'desc')
      .limit(12);
  });

  // 工资条详情（H5 点击某一期）
  app.get('/payslips/:id', async (request) => {
    const { id } = request.params as { id: string };
    return db('payslips')
      .where({ id })
      .select('id', 'period', 'gross_pay', 'net_pay', 'tax', 'social_insurance', 'bank_account', 'items_json')
      .first();
  });

  // 个税专项附加扣除：子女教育、赡养老人、房贷（员工本人填报）
  app.get('/tax-deductions', async (request) => {
    return db('tax_deductions').where({ employee_id: request.user.sub }).limit(20);
  });
}
