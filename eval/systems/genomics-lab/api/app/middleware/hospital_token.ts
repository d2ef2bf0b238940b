import { Context } from 'egg';

// 合作医院门户：医院 appKey + 签名换的 token，载荷 { hospitalCode }
export default () => {
  return async function hospitalToken(ctx: Context, next: () => Promise<any>) {
    const token = ctx.get('x-hospital-token');
    if (!token) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: 'missing hospital token' };
      return;
    }
    try {
      const payload: any = ctx.app.jwt.verify(token, ctx.app.config.jwt.secret);
      if (!payload.hospitalCode) throw new Error('no hospital');
      ctx.state.hospital = payload;
    } catch (e) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: 'invalid hospital token' };
      return;
    }
    await next();
  };
};
