import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { requireLogin, requireRole } from '../guards';

export async function renterRoutes(app: FastifyInstance) {
  app.addHook('preHandler', requireLogin);
  app.addHook('preHandler', requireRole('renter'));

  // 我的资料
  app.get('/me', async (req) => {
    const user = req.user as { sub: number };
    return prisma.renter.findUnique({ where: { id: user.sub }, select: { name: true, mobile: true, licenseNo: true } });
  });

  // 订单详情（含取还车地点、行程轨迹摘要）
  app.get('/orders/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const order = await prisma.rentalOrder.findUnique({ where: { id: Number(id) }, include: { renter: true } });
    if (!order) return reply.code(404).send({ code: 404 });
    return order;
  });

  // 我的订单列表
  app.get('/orders', async (req) => {
    const user = req.user as { sub: number };
    return prisma.rentalOrder.findMany({ where: { renterId: user.sub }, orderBy: { createdAt: 'desc' }, take: 20 });
  });
}
