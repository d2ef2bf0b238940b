import { Context } from 'egg';
import OSS from 'ali-oss';

// 原始下机数据（FASTQ）保留 180 天：过期后删 OSS 对象并标记 seq_file；BAM/VCF 另按项目归档
export default {
  schedule: {
    cron: '0 0 4 * * *',
    type: 'worker',
  },
  async task(ctx: Context) {
    const files = await ctx.app.mysql.query(
      `SELECT id, oss_key FROM seq_file
        WHERE file_type = 'FASTQ' AND deleted = 0 AND created_at < DATE_SUB(NOW(), INTERVAL 180 DAY)
        LIMIT 2000`,
    );
    if (files.length === 0) return;
    const oss = new OSS({
      region: ctx.app.config.biz.oss.region,
      bucket: ctx.app.config.biz.oss.rawBucket,
      accessKeyId: process.env.OSS_AK as string,
      accessKeySecret: process.env.OSS_SK as string,
      internal: true,
    });
    await oss.deleteMulti(files.map((f: any) => f.oss_key), { quiet: true });
    await ctx.app.mysql.query('DELETE FROM seq_file WHERE id IN (?)', [files.map((f: any) => f.id)]);
    ctx.logger.info('[purge_raw_fastq] purged %d objects', files.length);
  },
};
