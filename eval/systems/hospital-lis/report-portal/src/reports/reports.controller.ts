import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { Request } from 'express';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PortalUser } from '../auth/jwt.strategy';
import { ReportsService } from './reports.service';

// 检验报告查询：患者登录后查看本人近一年的检验报告。
@Controller('api/reports')
@UseGuards(JwtAuthGuard)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('mine')
  mine(@Req() req: Request & { user: PortalUser }) {
    return this.reports.listForPatient(req.user.patientId);
  }

  // 报告详情：列表页点击后按报告单号打开（报告单号印在纸质回执上，如 R202410080031）。
  @Get(':reportNo')
  detail(@Param('reportNo') reportNo: string) {
    return this.reports.findByReportNo(reportNo);
  }
}
