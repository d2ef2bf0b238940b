import { FastifyInstance } from 'fastify';
import { db } from '../lib/db';
import { authenticate, requireRole } from '../lib/auth';

export async function adminRoutes(app: FastifyInstance) {
  app.addHook('onRequest', authenticate);

  // 客服：员工来电（“工资条看不到”“银行卡改了”）按手机号查员工
  app.get('/employees/search', { preHandler: requireRole('cs', 'ops_admin') }, async (request) => {
    const { mobile } = request.query as { mobile: string };
    return db('employees')
      .where({ mobile })
      .select('id', 'tenant_id', 'name', 'id_no', 'mobile', 'bank_account', 'base_salary', 'status');
  });

  // 实施顾问：导出客户企业整期工资表，用于核对算薪规则
  app.get('/tenants/:tenantId/payroll/export', { preHandler: requireRole('implementer', 'ops_admin') }, async (request) => {
    const { tenantId } = request.params as { tenantId: string };
    const { period } = request.query as { period: string };
    return db('payslips')
      .where({ tenant_id: tenantId, period })
      .select('employee_id', 'period', 'gross_pay', 'net_pay', 'tax', 'social_insurance', 'bank_account', 'items_json');
  });

  // 运营看板：各租户在用人数与当期发薪总额
  app.get('/dashboard', { preHandler: requireRole('ops_admin') }, async () => {
    return db('payslips').select('tenant_id').count('id as headcount').sum('net_pay as total').groupBy('tenant_id');
  });
}
