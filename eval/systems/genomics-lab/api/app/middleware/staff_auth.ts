import { Context } from 'egg';

// 员工后台 JWT 校验（Authorization: Bearer xxx），载荷 { id, username, roles, hospitalCodes }
export default () => {
  return async function staffAuth(ctx: Context, next: () => Promise<any>) {
    const header = ctx.get('authorization') || '';
    const token = header.replace(/^Bearer\s+/i, '');
    if (!token) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: '未登录' };
      return;
    }
    try {
      ctx.state.user = ctx.app.jwt.verify(token, ctx.app.config.jwt.secret);
    } catch (e) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: '登录已失效' };
      return;
    }
    await next();
  };
};
