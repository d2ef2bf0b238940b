import { Context } from 'egg';

// 每天 03:10 清理 7 天前的短信发送记录（验证码本身在 Redis，5 分钟过期）
export default {
  schedule: {
    cron: '0 10 3 * * *',
    type: 'worker',
  },
  async task(ctx: Context) {
    const r = await ctx.app.mysql.query('DELETE FROM sms_code WHERE sent_at < DATE_SUB(NOW(), INTERVAL 7 DAY)');
    ctx.logger.info('[purge_sms_code] deleted %d', r.affectedRows);
  },
};
