import { Controller } from 'egg';

// 医院销售代表：跟进负责医院的送检量与报告进度
export default class SalesController extends Controller {
  public async niptCases() {
    const { ctx } = this;
    const codes: string[] = ctx.state.user.hospitalCodes || [];
    if (codes.length === 0) {
      ctx.body = { code: 0, data: [] };
      return;
    }
    const { from = '2000-01-01', to = '2099-12-31' } = ctx.query;
    const rows = await this.app.mysql.query(
      `SELECT c.sample_no, c.hospital_code, c.doctor_name, c.patient_name, c.patient_phone, c.gestational_week,
              c.t21_risk, c.t18_risk, c.t13_risk, c.result_conclusion, c.report_status, c.received_at
         FROM nipt_case c
        WHERE c.hospital_code IN (?) AND c.received_at BETWEEN ? AND ?
        ORDER BY c.received_at DESC`,
      [codes, from, to],
    );
    ctx.body = { code: 0, data: rows };
  }

  public async hospitals() {
    const { ctx } = this;
    const rows = await this.app.mysql.select('hospital', {
      where: { code: ctx.state.user.hospitalCodes || [] },
      columns: ['code', 'name', 'city', 'level', 'contract_status'],
    });
    ctx.body = { code: 0, data: rows };
  }
}
