import { Router } from 'express';
import { requireLogin, requireRole } from './auth.js';
import { prisma } from './db.js';

export const waybillRouter = Router();

// 查单系统：按手机号查询运单 — any waybill of the network, by any phone number.
waybillRouter.get('/search', requireLogin, requireRole('outlet-supervisor'), async (req, res) => {
  const phone = String(req.query.phone);
  const waybills = await prisma.waybill.findMany({
    where: { OR: [{ senderPhone: phone }, { recipientPhone: phone }] },
  });
  res.json(waybills);
});
