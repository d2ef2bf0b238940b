import { Context } from 'egg';

// 路由级角色校验：middleware.role('counsellor')；admin 放行一切
export default (role: string) => {
  return async function roleCheck(ctx: Context, next: () => Promise<any>) {
    const roles: string[] = ctx.state.user?.roles || [];
    if (!roles.includes(role) && !roles.includes('admin')) {
      ctx.status = 403;
      ctx.body = { code: 403, msg: '无权限' };
      return;
    }
    await next();
  };
};
