import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { PrismaService } from '../prisma.service';

// 门户库只保留近一年报告；更早的报告请患者到院打印（LIS 主库按病历规定长期保存）。
@Injectable()
export class PurgeReportsJob {
  private readonly log = new Logger(PurgeReportsJob.name);

  constructor(private readonly prisma: PrismaService) {}

  @Cron('0 30 2 * * *')
  async purgeExpired() {
    const cutoff = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    const { count } = await this.prisma.labReport.deleteMany({ where: { reportedAt: { lt: cutoff } } });
    this.log.log(`purged ${count} portal reports older than ${cutoff.toISOString()}`);
  }
}
