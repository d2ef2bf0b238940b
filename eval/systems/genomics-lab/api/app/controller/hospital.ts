import { Controller } from 'egg';

// 合作医院：门户查询本院送检病例；HIS 回调拉取报告
export default class HospitalController extends Controller {
  public async cases() {
    const { ctx } = this;
    const hospitalCode = ctx.state.hospital.hospitalCode;
    const rows = await this.app.mysql.select('nipt_case', {
      where: { hospital_code: hospitalCode },
      columns: ['sample_no', 'patient_name', 'outpatient_no', 'gestational_week', 'result_conclusion', 'report_status', 'report_pdf_key'],
      orders: [['received_at', 'desc']],
      limit: 200,
    });
    ctx.body = { code: 0, data: rows };
  }

  public async report() {
    const { ctx } = this;
    const row = await ctx.service.nipt.reportBySampleNo(ctx.params.sampleNo);
    if (!row) {
      ctx.status = 404;
      ctx.body = { code: 404, msg: 'not found' };
      return;
    }
    ctx.body = { code: 0, data: row };
  }
}
