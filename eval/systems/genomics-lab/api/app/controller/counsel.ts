import { Controller } from 'egg';

// 遗传咨询师：电话回访、报告解读
export default class CounselController extends Controller {
  public async search() {
    const { ctx } = this;
    const keyword = String(ctx.query.keyword || '').trim();
    if (!keyword) {
      ctx.body = { code: 0, data: [] };
      return;
    }
    ctx.body = { code: 0, data: await ctx.service.customer.search(keyword) };
  }

  public async report() {
    const { ctx } = this;
    const rows = await ctx.service.report.forCounsellor(Number(ctx.params.id));
    ctx.body = { code: 0, data: rows };
  }

  public async addRecord() {
    const { ctx } = this;
    const body = ctx.request.body as any;
    await this.app.mysql.insert('counsel_record', {
      customer_id: body.customerId,
      counsellor_id: ctx.state.user.id,
      call_time: new Date(),
      summary: body.summary,
      family_history_note: body.familyHistoryNote,
      recording_key: body.recordingKey || null,
    });
    ctx.body = { code: 0 };
  }
}
