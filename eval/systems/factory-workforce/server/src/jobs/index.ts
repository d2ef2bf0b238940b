// 定时任务
import cron from 'node-cron';
import axios from 'axios';
import pino from 'pino';
import { prisma } from '../lib/prisma.js';

const log = pino({ name: 'jobs' });

// 每天 03:00 清除 90 天前考勤抓拍照片（打卡记录保留，照片置空）
cron.schedule('0 3 * * *', async () => {
  const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000);
  const r = await prisma.attendancePunch.updateMany({ where: { punchedAt: { lt: cutoff } }, data: { snapshot: null } });
  log.info({ cleared: r.count }, 'attendance snapshots cleared');
});

// 每周日 02:30 删除 180 天前宿舍门禁记录
cron.schedule('30 2 * * 0', async () => {
  const cutoff = new Date(Date.now() - 180 * 24 * 3600 * 1000);
  const r = await prisma.dormAccessLog.deleteMany({ where: { passedAt: { lt: cutoff } } });
  log.info({ deleted: r.count }, 'dorm access logs purged');
});

// 每天 04:00 删除已离职员工的人脸特征（离职手续办完即删）
cron.schedule('0 4 * * *', async () => {
  const r = await prisma.faceTemplate.deleteMany({ where: { employee: { status: 'LEFT' } } });
  log.info({ deleted: r.count }, 'face templates of leavers deleted');
});

// 每天 01:00 向台湾母公司人资系统同步组织与人员编制（只传编制数据）
cron.schedule('0 1 * * *', async () => {
  const staff = await prisma.employee.findMany({
    where: { status: 'ACTIVE' },
    select: { empNo: true, name: true, plantCode: true, workshopId: true, position: true, hireDate: true },
  });
  await axios.post('https://ehr.hengrui-holdings.com.tw/api/v1/headcount/sync', { company: 'HR-ZH', staff }, {
    headers: { 'X-Api-Key': process.env.TW_EHR_API_KEY ?? '' },
    timeout: 60_000,
  });
  log.info({ n: staff.length }, 'headcount synced to TW parent');
});
