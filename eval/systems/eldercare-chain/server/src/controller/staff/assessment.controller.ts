import { Controller, Get, Inject, Query, UseGuard } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import * as ExcelJS from 'exceljs';
import { StaffAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { RoleGuard } from '../../guard/role.guard';
import { Role } from '../../decorator/role.decorator';

@Controller('/staff/assessments', { middleware: [StaffAuthMiddleware] })
@UseGuard(RoleGuard)
export class AssessmentController {
  @Inject()
  ctx: Context;

  @InjectDataSource()
  dataSource: DataSource;

  /** 能力评估台账导出（给长护险评估复核、民政年报用），按评估日期区间 */
  @Get('/export')
  @Role(['assessor', 'home-manager', 'ltci-clerk', 'ops-analyst'])
  async export(@Query('from') from: string, @Query('to') to: string) {
    const rows = await this.dataSource.query(
      `SELECT r.name, r.gender, r.birth_date, r.id_card_no, r.home_id, r.room_no, r.bed_no, r.diagnosis,
              a.assessed_on, a.adl_score, a.cognition_score, a.mmse_score, a.dementia_stage, a.mental_state,
              a.ability_level, a.assessor
         FROM ability_assessment a
         JOIN resident r ON r.id = a.resident_id
        WHERE a.assessed_on BETWEEN ? AND ?
        ORDER BY r.home_id, a.assessed_on`,
      [from, to]
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('能力评估');
    ws.addRow(['姓名', '性别', '出生日期', '身份证号', '院区', '房间', '床位', '诊断', '评估日期', 'ADL', '认知', 'MMSE', '失智分期', '精神状态', '能力等级', '评估员']);
    for (const x of rows) {
      ws.addRow([x.name, x.gender, x.birth_date, x.id_card_no, x.home_id, x.room_no, x.bed_no, x.diagnosis,
        x.assessed_on, x.adl_score, x.cognition_score, x.mmse_score, x.dementia_stage, x.mental_state, x.ability_level, x.assessor]);
    }
    this.ctx.set('Content-Disposition', `attachment; filename=assessments_${from}_${to}.xlsx`);
    this.ctx.body = await wb.xlsx.writeBuffer();
  }
}
