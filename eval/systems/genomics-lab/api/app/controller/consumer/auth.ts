import { Controller } from 'egg';

export default class ConsumerAuthController extends Controller {
  public async sendCode() {
    const { phone } = this.ctx.request.body as { phone: string };
    if (!/^1\d{10}$/.test(phone)) {
      this.ctx.status = 400;
      this.ctx.body = { code: 400, msg: '手机号格式错误' };
      return;
    }
    await this.ctx.service.sms.sendLoginCode(phone);
    this.ctx.body = { code: 0 };
  }

  public async smsLogin() {
    const { ctx, app } = this;
    const { phone, code } = ctx.request.body as { phone: string; code: string };
    const ok = await ctx.service.sms.checkLoginCode(phone, code);
    if (!ok) {
      ctx.status = 400;
      ctx.body = { code: 400, msg: '验证码错误或已过期' };
      return;
    }
    const customer = await ctx.service.customer.findOrCreateByPhone(phone);
    const token = app.jwt.sign({ id: customer.id, typ: 'consumer' }, app.config.jwt.secret, { expiresIn: '2h' });
    ctx.body = { code: 0, data: { token } };
  }
}
