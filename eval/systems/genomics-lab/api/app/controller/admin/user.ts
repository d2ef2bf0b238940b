import { Controller } from 'egg';

export default class AdminUserController extends Controller {
  public async index() {
    this.ctx.body = { code: 0, data: await this.ctx.service.staff.list() };
  }

  public async create() {
    const body = this.ctx.request.body as any;
    await this.ctx.service.staff.create(body);
    this.ctx.body = { code: 0 };
  }

  public async resetPassword() {
    await this.ctx.service.staff.resetPassword(Number(this.ctx.params.id));
    this.ctx.body = { code: 0, msg: '已重置为初始密码' };
  }

  public async disable() {
    await this.ctx.service.staff.disable(Number(this.ctx.params.id));
    this.ctx.body = { code: 0 };
  }

  public async operLogs() {
    const { page = '1' } = this.ctx.query;
    const rows = await this.app.mysql.select('sys_oper_log', {
      orders: [['id', 'desc']],
      limit: 50,
      offset: (Number(page) - 1) * 50,
    });
    this.ctx.body = { code: 0, data: rows };
  }
}
