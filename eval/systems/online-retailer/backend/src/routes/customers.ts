// Customer administration. 会员管理。
import { Router } from 'express';
import { authorize, requireLogin } from '../auth.js';
import { prisma } from '../db.js';

export const customerRouter = Router();

// 会员导出: every member, as CSV, for the operations team's campaigns.
customerRouter.get('/export', requireLogin, authorize, async (req, res) => {
  const customers = await prisma.customer.findMany({
    select: { id: true, name: true, phone: true, email: true, birthDate: true, defaultAddress: true },
  });
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.send(customers.map((c) => [c.id, c.name, c.phone, c.email, c.birthDate, c.defaultAddress].join(',')).join('\n'));
});

// 收货地址详情: used by the order page.
customerRouter.get('/addresses/:id', requireLogin, async (req, res) => {
  const address = await prisma.address.findUnique({ where: { id: req.params.id } });
  res.json(address);
});
