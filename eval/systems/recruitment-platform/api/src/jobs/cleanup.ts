import cron from 'node-cron';
import { pool } from '../data-source';

// 每天 03:00 清理：三年未活跃的简历和求职者账号、两年前的投递记录
export function scheduleCleanup() {
  cron.schedule('0 3 * * *', async () => {
    await pool.query('DELETE FROM resume WHERE last_active_at < DATE_SUB(NOW(), INTERVAL 3 YEAR)');
    await pool.query('DELETE FROM candidate WHERE last_login_at < DATE_SUB(NOW(), INTERVAL 3 YEAR)');
    await pool.query('DELETE FROM job_application WHERE applied_at < DATE_SUB(NOW(), INTERVAL 2 YEAR)');
  });
}
