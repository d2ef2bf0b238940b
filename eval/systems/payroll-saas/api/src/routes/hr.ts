import { FastifyInstance } from 'fastify';
import { db } from '../lib/db';
import { authenticate, requireRole } from '../lib/auth';

export async function hrRoutes(app: FastifyInstance) {
  app.addHook('onRequest', authenticate);
  app.addHook('preHandler', requireRole('tenant_hr'));

  // 员工花名册查询（本企业）
  app.get('/employees', async (request) => {
    const { keyword = '' } = request.query as { keyword?: string };
    return db('employees')
      .where({ tenant_id: request.user.tenantId })
      .andWhere('name', 'like', `%${keyword}%`)
      .select('id', 'name', 'mobile', 'department', 'position', 'status')
      .limit(50);
  });

  // 工资表导出（本企业当期，给出纳做银行代发）
  app.get('/payroll/export', async (request) => {
    const { period } = request.query as { period: string };
    return db('payslips')
      .join('employees', 'employees.id', 'payslips.employee_id')
      .where({ 'payslips.tenant_id': request.user.tenantId, 'payslips.period': period })
      .select('employees.name', 'employees.id_no', 'payslips.bank_account', 'payslips.net_pay');
  });
}
