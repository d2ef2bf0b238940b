import { Context } from 'egg';

// 操作日志：写 sys_oper_log（只在 config.operationLog.match 的路径上运行）
export default () => {
  return async function operationLog(ctx: Context, next: () => Promise<any>) {
    const started = Date.now();
    await next();
    const user = ctx.state.user || {};
    await ctx.app.mysql.insert('sys_oper_log', {
      oper_name: user.username || '',
      method: ctx.method,
      oper_url: ctx.path,
      oper_ip: ctx.ip,
      oper_param: JSON.stringify(ctx.query).slice(0, 2000),
      status: ctx.status,
      cost_ms: Date.now() - started,
      oper_time: new Date(),
    });
  };
};
