// Nightly retention job: anonymise orders three years after completion (E-Commerce Law Art. 31).
import cron from 'node-cron';
import { prisma } from '../db.js';

export async function anonymiseOldOrders(): Promise<void> {
  const cutoff = new Date(Date.now() - 3 * 365 * 24 * 3600 * 1000);
  await prisma.order.updateMany({
    where: { completedAt: { lt: cutoff } },
    data: { receiverName: null, receiverPhone: null, receiverAddress: null },
  });
}

cron.schedule('30 3 * * *', anonymiseOldOrders);
