import cron from 'node-cron';
import { FaceCheck } from '../models';

// 人脸核验记录保留 30 天（《人脸识别技术应用安全管理办法》与隐私政策承诺）
cron.schedule('30 3 * * *', async () => {
  const cutoff = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  await FaceCheck.deleteMany({ createdAt: { $lt: cutoff } });
});
