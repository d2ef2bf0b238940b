import cron from 'node-cron';
import { lt } from 'drizzle-orm';
import { db } from '../src/db';
import { dormGateEvent, opLog } from '../src/db/schema';

// pm2 常驻进程：pm2 start "npm run cron" --name ecard-cron

/** 宿舍门禁通行记录保留 180 天（学生工作部 2023-06 会议纪要）。 */
async function purgeGateEvents() {
  const cutoff = new Date(Date.now() - 180 * 24 * 3600 * 1000);
  await db.delete(dormGateEvent).where(lt(dormGateEvent.eventTime, cutoff));
}

/** 操作日志保留 180 天（等保要求不少于六个月）。 */
async function purgeOpLog() {
  const cutoff = new Date(Date.now() - 185 * 24 * 3600 * 1000);
  await db.delete(opLog).where(lt(opLog.createdAt, cutoff));
}

cron.schedule('30 3 * * *', purgeGateEvents);
cron.schedule('0 4 * * 0', purgeOpLog);
