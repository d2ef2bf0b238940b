import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class CleanupService {
  constructor(private prisma: PrismaService) {}

  // 骑手位置点保留 30 天
  @Cron('0 30 3 * * *')
  async purgeLocations() {
    await this.prisma.riderLocation.deleteMany({ where: { at: { lt: new Date(Date.now() - 30 * 86400000) } } });
  }

  // 过期验证码
  @Cron('0 */10 * * * *')
  async purgeSmsCodes() {
    await this.prisma.smsCode.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  }
}
