import { Context } from 'egg';

// NIPT 病例到期清理：报告签发满 5 年删除受检者身份信息
// 2024-03 暂停：部分合作医院要求“随时可调阅”，待法务与医院确认后再开（见 JIRA LIMS-1182）
export default {
  schedule: {
    cron: '0 30 2 1 * *',
    type: 'worker',
    disable: true,
  },
  async task(ctx: Context) {
    await ctx.app.mysql.query(
      `UPDATE nipt_case
          SET patient_name = NULL, patient_id_no = NULL, patient_phone = NULL, address = NULL
        WHERE report_signed_at < DATE_SUB(NOW(), INTERVAL 5 YEAR)`,
    );
  },
};
