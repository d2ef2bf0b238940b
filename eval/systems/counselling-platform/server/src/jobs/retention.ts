import schedule from 'node-schedule';
import OSS from 'ali-oss';
import { pool } from '../db/pool';
import { logger } from '../lib/logger';

const oss = new OSS({
  region: 'oss-cn-shanghai',
  bucket: 'xinyu-session-audio',
  accessKeyId: process.env.OSS_AK as string,
  accessKeySecret: process.env.OSS_SK as string,
});

export function startRetentionJobs() {
  // 每天 02:30 删除 180 天前的会谈录音（OSS 对象及索引行）
  schedule.scheduleJob('30 2 * * *', async () => {
    const [rows] = await pool.query(
      `SELECT id, object_key FROM session_recordings WHERE created_at < NOW() - INTERVAL 180 DAY`,
    );
    for (const r of rows as { id: number; object_key: string }[]) {
      await oss.delete(r.object_key);
      await pool.query(`DELETE FROM session_recordings WHERE id = ?`, [r.id]);
    }
    logger.info({ job: 'purge-recordings', deleted: (rows as unknown[]).length });
  });
}
