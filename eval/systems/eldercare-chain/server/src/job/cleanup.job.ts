import * as cron from 'node-cron';
import { IMidwayContainer } from '@midwayjs/core';
import { TypeORMDataSourceManager } from '@midwayjs/typeorm';

/**
 * 定期清理。
 * - 探视预约：保留 12 个月
 * - 雷达夜间体征（vitals）：保留 180 天；跌倒/呼吸暂停事件作为护理记录保留
 */
export function startCleanupJobs(container: IMidwayContainer) {
  cron.schedule('30 3 1 * *', async () => {
    const ds = (await container.getAsync(TypeORMDataSourceManager)).getDataSource('default');
    await ds.query('DELETE FROM visit_booking WHERE created_at < DATE_SUB(NOW(), INTERVAL 12 MONTH)');
  });

  cron.schedule('0 4 * * *', async () => {
    const ds = (await container.getAsync(TypeORMDataSourceManager)).getDataSource('default');
    await ds.query("DELETE FROM fall_event WHERE event_type = 'vitals' AND occurred_at < DATE_SUB(NOW(), INTERVAL 180 DAY)");
  });

  // 出院/离世满 5 年的长者档案匿名化 —— 2023-08 RDS 迁移后停用，待法务确认病历类资料保存年限后再开
  // cron.schedule('0 5 2 * *', async () => {
  //   const ds = (await container.getAsync(TypeORMDataSourceManager)).getDataSource('default');
  //   await ds.query("UPDATE resident SET name = '已注销', id_card_no = NULL, phone = NULL, home_address = NULL WHERE discharged_on < DATE_SUB(NOW(), INTERVAL 5 YEAR)");
  // });
}
