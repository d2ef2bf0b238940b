import { Configuration, App } from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as validate from '@midwayjs/validate';
import * as info from '@midwayjs/info';
import * as orm from '@midwayjs/typeorm';
import { join } from 'path';
import { ReportMiddleware } from './middleware/report.middleware';
import { startCleanupJobs } from './job/cleanup.job';
import { startPharmacySync } from './job/pharmacy-sync.job';

@Configuration({
  imports: [
    koa,
    validate,
    orm,
    {
      component: info,
      enabledEnvironment: ['local'],
    },
  ],
  importConfigs: [join(__dirname, './config')],
})
export class MainConfiguration {
  @App('koa')
  app: koa.Application;

  async onReady() {
    // 请求耗时统计（不做鉴权，鉴权在各 Controller 上挂）
    this.app.useMiddleware([ReportMiddleware]);
  }

  async onServerReady(container) {
    startCleanupJobs(container);
    startPharmacySync(container);
  }
}
