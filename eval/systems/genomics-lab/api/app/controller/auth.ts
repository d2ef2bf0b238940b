import { Controller } from 'egg';

export default class AuthController extends Controller {
  // 员工登录：账号 + 密码
  public async login() {
    const { ctx, app } = this;
    const { username, password } = ctx.request.body as { username: string; password: string };
    const user = await ctx.service.staff.verify(username, password);
    if (!user) {
      ctx.status = 400;
      ctx.body = { code: 400, msg: '账号或密码错误' };
      return;
    }
    const token = app.jwt.sign(
      { id: user.id, username: user.username, roles: user.roles.split(','), hospitalCodes: user.hospital_codes },
      app.config.jwt.secret,
      { expiresIn: '30d' },
    );
    ctx.body = { code: 0, data: { token, name: user.real_name } };
  }

  public async logout() {
    this.ctx.body = { code: 0 };
  }
}
