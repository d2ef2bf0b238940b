import { Context } from 'egg';

// 消费者端 token（短信登录后签发，2 小时）
export default () => {
  return async function consumerAuth(ctx: Context, next: () => Promise<any>) {
    const token = (ctx.get('x-hy-token') || '').trim();
    if (!token) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: '请先登录' };
      return;
    }
    try {
      const payload: any = ctx.app.jwt.verify(token, ctx.app.config.jwt.secret);
      if (payload.typ !== 'consumer') throw new Error('bad token type');
      ctx.state.consumer = payload;
    } catch (e) {
      ctx.status = 401;
      ctx.body = { code: 401, msg: '登录已失效' };
      return;
    }
    await next();
  };
};
