// Orders: the customer's own history, and the customer-service search. 订单。
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { authorize, requireLogin } from '../auth.js';
import { prisma } from '../db.js';

export const orderRouter = Router();

// 我的订单: the signed-in customer's own orders.
orderRouter.get('/mine', requireLogin, async (req, res) => {
  const user = (req as typeof req & { user: { sub: string } }).user;
  const orders = await prisma.order.findMany({ where: { customerId: user.sub }, take: 50 });
  res.json(orders);
});

const searchLimit = rateLimit({ windowMs: 24 * 3600 * 1000, limit: 500 });

function maskPhone(phone: string): string {
  return phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');
}

// 客服订单查询: only from an open ticket the agent holds; phone and address masked in the reply.
orderRouter.get('/search', requireLogin, authorize, searchLimit, async (req, res) => {
  const ticket = await prisma.ticket.findFirst({
    where: { id: String(req.query.ticketId), assigneeId: (req as typeof req & { user: { sub: string } }).user.sub, status: 'open' },
  });
  if (!ticket) {
    res.status(403).json({ message: '请从工单发起查询' });
    return;
  }
  const orders = await prisma.order.findMany({
    where: { receiverPhone: String(req.query.phone) },
    take: 20,
  });
  res.json(orders.map((o) => ({ ...o, receiverPhone: maskPhone(o.receiverPhone), receiverAddress: o.receiverAddress.slice(0, 6) + '****' })));
});
