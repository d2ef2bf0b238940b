import { Router, type Request } from 'express';
import { requireLogin, requireRole } from './auth.js';
import { prisma } from './db.js';

export const waybillRouter = Router();

type SignedIn = Request & { user: { sub: string; outletId: string } };

// 查单系统（限本网点运单）: only the outlet's own waybills, at most 20 at a time, phone masked.
waybillRouter.get('/search', requireLogin, requireRole('outlet-supervisor'), async (req, res) => {
  const phone = String(req.query.phone);
  const { user } = req as SignedIn;
  const waybills = await prisma.waybill.findMany({
    where: { recipientPhone: phone, outletId: user.outletId },
    take: 20,
  });
  res.json(waybills.map((w) => ({ ...w, recipientPhone: mask(w.recipientPhone) })));
});

function mask(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
