import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { HkApiKeyMiddleware } from '../../middleware/hk-api-key.middleware';
import { ReportService } from '../../service/report.service';

/** 香港母公司 BI（Power BI 网关）每月 3 日拉取 */
@Controller('/open/hk', { middleware: [HkApiKeyMiddleware] })
export class HkReportController {
  @Inject()
  reportService: ReportService;

  @Get('/monthly-ops')
  async monthlyOps(@Query('month') month: string) {
    return this.reportService.monthlyOps(month);
  }
}
