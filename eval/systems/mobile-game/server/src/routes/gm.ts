import Router from '@koa/router';
import { Player } from '../models';
import { requireLogin, requireRole } from '../middleware/auth';

const router = new Router({ prefix: '/gm' });
router.use(requireLogin, requireRole('gm-admin'));

// 未成年人充值退款核查：导出全部未成年玩家
router.get('/players/minors/export', async (ctx) => {
  const rows = await Player.find({ isMinor: true }).lean();
  const header = 'id,phone,realName,idCardNo,birthDate,createdAt\n';
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', 'attachment; filename=minors.csv');
  ctx.body = header + rows.map((r: any) => [r._id, r.phone, r.realName, r.idCardNo, r.birthDate, r.createdAt?.toISOString()].join(',')).join('\n');
});

router.post('/players/:id/ban', async (ctx) => {
  await Player.updateOne({ _id: ctx.params.id }, { banned: true });
  ctx.body = { ok: true };
});

export default router;
