import { Controller } from 'egg';

export default class ConsumerReportController extends Controller {
  // 我的报告列表
  public async list() {
    const { ctx } = this;
    const rows = await ctx.model.GenotypeReport.findAll({
      where: { customerId: ctx.state.consumer.id, status: 'published' },
      attributes: ['id', 'kitBarcode', 'reportType', 'publishedAt'],
      order: [['publishedAt', 'DESC']],
      limit: 50,
    });
    ctx.body = { code: 0, data: rows };
  }

  // 报告详情（健康风险、携带者筛查、祖源）
  public async show() {
    const { ctx } = this;
    const report = await ctx.service.report.findOwn(Number(ctx.params.id), ctx.state.consumer.id);
    if (!report) {
      ctx.status = 404;
      ctx.body = { code: 404, msg: '报告不存在' };
      return;
    }
    ctx.body = { code: 0, data: report };
  }

  // 健康问卷（家族史、既往病史）：报告解读页强制填写后才显示结果
  public async saveQuestionnaire() {
    const { ctx } = this;
    const body = ctx.request.body as any;
    await this.app.mysql.insert('health_questionnaire', {
      customer_id: ctx.state.consumer.id,
      family_history: JSON.stringify(body.familyHistory || []),
      past_illness: JSON.stringify(body.pastIllness || []),
      smoking: body.smoking,
      drinking: body.drinking,
      created_at: new Date(),
    });
    ctx.body = { code: 0 };
  }
}
