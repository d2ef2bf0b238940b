import { Controller } from 'egg';

export default class ConsumerAccountController extends Controller {
  // 小程序“注销账号”
  public async cancel() {
    const { ctx } = this;
    await ctx.service.customer.cancel(ctx.state.consumer.id);
    ctx.body = { code: 0, msg: '账号已注销' };
  }
}
