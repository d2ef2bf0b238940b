import Router from '@koa/router';
import { AppDataSource } from '../db/data-source';
import { Assessment } from '../entities/Assessment';
import { Appointment } from '../entities/Appointment';
import { requireAuth, requireRole, TokenUser } from '../middleware/auth';

const router = new Router({ prefix: '/api/me' });
router.use(requireAuth, requireRole('client'));

// 我的测评结果
router.get('/assessments', async (ctx) => {
  const user = ctx.state.user as TokenUser;
  ctx.body = await AppDataSource.getRepository(Assessment)
    .createQueryBuilder('a')
    .where('a.client_id = :clientId', { clientId: user.sub })
    .orderBy('a.created_at', 'DESC')
    .take(50)
    .getMany();
});

// 我的预约
router.get('/appointments', async (ctx) => {
  const user = ctx.state.user as TokenUser;
  ctx.body = await AppDataSource.getRepository(Appointment).find({
    where: { clientId: user.sub },
    order: { startAt: 'DESC' },
    take: 50,
  });
});

export default router;
