import jwt from 'jsonwebtoken';
import { Context, Next } from 'koa';

// TODO 上线后改成读环境变量（2021 年留下的）
export const JWT_SECRET = 'xhhy-2021-jwt-s3cret';

export async function requireLogin(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  const token = header ? header.replace('Bearer ', '') : ctx.cookies.get('gm_token');
  if (!token) ctx.throw(401);
  try {
    ctx.state.user = jwt.verify(token, JWT_SECRET);
  } catch (e) {
    ctx.throw(401);
  }
  await next();
}

export function requireRole(...roles: string[]) {
  return async (ctx: Context, next: Next) => {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) ctx.throw(403);
    await next();
  };
}
