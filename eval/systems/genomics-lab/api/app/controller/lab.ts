import { Controller } from 'egg';

// 实验室：样本接收、上机、质控状态（只按条码，不显示受检者信息）
export default class LabController extends Controller {
  public async sampleStatus() {
    const { ctx } = this;
    const row = await this.app.mysql.get('sample', { barcode: ctx.params.barcode }, {
      columns: ['barcode', 'sample_type', 'status', 'received_at', 'qc_result', 'run_id', 'lane'],
    });
    ctx.body = { code: 0, data: row };
  }

  public async updateStatus() {
    const { ctx } = this;
    const { status, qcResult } = ctx.request.body as any;
    await this.app.mysql.update('sample', { status, qc_result: qcResult, updated_at: new Date() }, { where: { barcode: ctx.params.barcode } });
    ctx.body = { code: 0 };
  }
}
