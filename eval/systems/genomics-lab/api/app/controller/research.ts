import { Controller } from 'egg';

// 样本库与科研数据集
export default class ResearchController extends Controller {
  public async biobankList() {
    const { ctx } = this;
    const { project } = ctx.query;
    const rows = await this.app.mysql.select('biobank_sample', {
      where: project ? { project_code: project } : {},
      columns: ['id', 'sample_barcode', 'sample_source', 'tube_position', 'volume_ul', 'research_consent', 'project_code', 'stored_at'],
      limit: 100,
    });
    ctx.body = { code: 0, data: rows };
  }

  // 按项目导出数据集（合作方：UCSD 合作课题、启元医药靶点项目）
  public async exportDataset() {
    const { ctx } = this;
    const { projectCode, reportType } = ctx.request.body as any;
    const result = await ctx.service.research.exportDataset(projectCode, reportType, ctx.state.user.username);
    ctx.body = { code: 0, data: result };
  }
}
