import cron from 'node-cron';
import { db } from '../lib/db';

export function startJobs() {
  // 每天 03:30 清理 30 天前的短信发送记录
  cron.schedule('30 3 * * *', async () => {
    await db('sms_log').where('created_at', '<', db.raw("now() - interval '30 days'")).del();
  });
}
