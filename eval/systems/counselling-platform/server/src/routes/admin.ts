import Router from '@koa/router';
import { pool } from '../db/pool';
import { requireAuth, requireRole, TokenUser } from '../middleware/auth';
import { auditLogger } from '../lib/audit';

const router = new Router({ prefix: '/api/admin' });
router.use(requireAuth);

// 危机干预名单：测评高风险（risk_level >= 3）且 7 日内未跟进的来访者
router.get('/crisis-list', requireRole('supervisor', 'admin'), async (ctx) => {
  const user = ctx.state.user as TokenUser;
  const [rows] = await pool.query(
    `SELECT id, name, phone, emergency_contact_name, emergency_contact_phone, risk_level
       FROM clients
      WHERE risk_level >= 3 AND status = 'active'
      ORDER BY risk_level DESC
      LIMIT 200`,
  );
  auditLogger.info({ actor: user.sub, action: 'crisis-list', count: (rows as unknown[]).length });
  ctx.body = rows;
});

// 运营导出：来访者及最近测评（运营周报、渠道分析用）
router.get('/export/clients', requireRole('admin'), async (ctx) => {
  const [rows] = await pool.query(
    `SELECT * FROM clients WHERE created_at >= ?`,
    [ctx.query.since ?? '2020-01-01'],
  );
  ctx.set('Content-Disposition', 'attachment; filename="clients.json"');
  ctx.body = rows;
});

export default router;
