import { Context } from 'egg';

export default () => {
  return async function errorHandler(ctx: Context, next: () => Promise<any>) {
    try {
      await next();
    } catch (err: any) {
      ctx.app.emit('error', err, ctx);
      ctx.status = err.status || 500;
      ctx.body = { code: ctx.status, msg: ctx.status === 500 ? '服务器错误' : err.message };
    }
  };
};
