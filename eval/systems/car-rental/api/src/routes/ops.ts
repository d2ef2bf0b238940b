import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { requireLogin, requireRole } from '../guards';

export async function opsRoutes(app: FastifyInstance) {
  app.addHook('preHandler', requireLogin);

  // 车辆实时位置与历史轨迹：按车牌查询（风控、调度、找车）
  app.get('/vehicles/:plate/track', { preHandler: requireRole('ops', 'risk', 'cs') }, async (req) => {
    const { plate } = req.params as { plate: string };
    const { from, to } = req.query as { from?: string; to?: string };
    return prisma.vehicleTrack.findMany({
      where: { plate, recordedAt: { gte: from ? new Date(from) : undefined, lte: to ? new Date(to) : undefined } },
      orderBy: { recordedAt: 'asc' },
    });
  });

  // 客服按手机号查租客（来电核实）
  app.get('/renters/by-mobile', { preHandler: requireRole('cs', 'ops') }, async (req) => {
    const { mobile } = req.query as { mobile: string };
    return prisma.renter.findMany({ where: { mobile }, select: { id: true, name: true, mobile: true }, take: 5 });
  });

  // 门店：本店待取车订单
  app.get('/store/pickups', { preHandler: requireRole('store') }, async (req) => {
    const user = req.user as { sub: number; storeId: number };
    return prisma.rentalOrder.findMany({ where: { storeId: user.storeId, status: 'RESERVED' }, take: 100 });
  });

  // 租客导出（运营月报、给保险公司对账）
  app.get('/renters/export', { preHandler: requireRole('ops', 'admin') }, async () => {
    return prisma.renter.findMany({ select: { name: true, mobile: true, idNo: true, licenseNo: true, createdAt: true } });
  });
}
