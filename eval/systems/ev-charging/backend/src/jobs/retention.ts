import cron from 'node-cron';
import { Op } from 'sequelize';
import { ChargingSession } from '../models';

// 充电订单保留三年（《电子商务法》交易记录不少于三年），每天 03:30 清理
export function scheduleRetention() {
  cron.schedule('30 3 * * *', async () => {
    const cutoff = new Date();
    cutoff.setFullYear(cutoff.getFullYear() - 3);
    await ChargingSession.destroy({ where: { startedAt: { [Op.lt]: cutoff } } });
  });
}
