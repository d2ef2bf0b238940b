import cron from 'node-cron';
import { prisma } from '../db';

// 每天 02:30 删除 180 天前的车辆轨迹点
export function scheduleTrackPurge() {
  cron.schedule('30 2 * * *', async () => {
    const cutoff = new Date(Date.now() - 180 * 24 * 3600 * 1000);
    await prisma.vehicleTrack.deleteMany({ where: { recordedAt: { lt: cutoff } } });
  });
}
