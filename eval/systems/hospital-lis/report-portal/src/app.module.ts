import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './auth/auth.module';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { PurgeReportsJob } from './jobs/purge-reports.job';
import { PrismaService } from './prisma.service';

@Module({
  imports: [ScheduleModule.forRoot(), ThrottlerModule.forRoot([{ ttl: 60000, limit: 60 }]), AuthModule],
  controllers: [ReportsController],
  providers: [ReportsService, PurgeReportsJob, PrismaService],
})
export class AppModule {}
