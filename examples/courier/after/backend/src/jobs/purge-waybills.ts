// Waybills are destroyed a year after delivery (Express Delivery Interim Regulations Art. 34).
import cron from 'node-cron';
import { prisma } from '../db.js';

const RETENTION_DAYS = 365;

cron.schedule('0 2 1 * *', async () => {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 86_400_000);
  await prisma.waybill.deleteMany({ where: { deliveredAt: { lt: cutoff } } });
});
