import Router from '@koa/router';
import { pool } from '../db/pool';
import { requireAuth, requireRole } from '../middleware/auth';

const router = new Router({ prefix: '/api/eap' });
router.use(requireAuth, requireRole('eap_hr', 'admin'));

// 企业 EAP 使用报表：本企业员工使用情况（HR 用来核对服务费）
router.get('/companies/:companyId/usage', async (ctx) => {
  const [rows] = await pool.query(
    `SELECT c.name, c.phone, COUNT(a.id) AS sessions, MAX(c.risk_level) AS risk_level
       FROM clients c JOIN appointments a ON a.client_id = c.id
      WHERE c.company_id = ? AND a.status = 'done'
      GROUP BY c.id, c.name, c.phone`,
    [ctx.params.companyId],
  );
  ctx.body = rows;
});

export default router;
