import Router from '@koa/router';
import { AppDataSource } from '../db/data-source';
import { Client } from '../entities/Client';
import { requireAuth, requireRole } from '../middleware/auth';

const router = new Router({ prefix: '/api/cs' });
router.use(requireAuth, requireRole('cs', 'admin'));

// 客服：来电按手机号查来访者（支持输入后四位）
router.get('/clients/search', async (ctx) => {
  const { phone } = ctx.query as { phone: string };
  ctx.body = await AppDataSource.getRepository(Client)
    .createQueryBuilder('c')
    .select(['c.id', 'c.name', 'c.phone', 'c.birthDate', 'c.riskLevel', 'c.emergencyContactName', 'c.emergencyContactPhone'])
    .where('c.phone LIKE :phone', { phone: `%${phone}%` })
    .take(20)
    .getMany();
});

export default router;
