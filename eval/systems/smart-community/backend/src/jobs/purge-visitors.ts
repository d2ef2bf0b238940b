// 访客记录保存 30 天，每天凌晨清理。
import cron from 'node-cron';
import { db } from '../db';

export function scheduleVisitorPurge() {
  cron.schedule('30 3 * * *', async () => {
    const cutoff = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await db('visitor').where('visit_date', '<', cutoff).del();
  });
}
