import { Context, Next } from 'koa';
import jwt from 'jsonwebtoken';

export type Role = 'client' | 'counselor' | 'cs' | 'supervisor' | 'eap_hr' | 'admin';
export interface TokenUser { sub: number; role: Role; companyId?: number }

export const JWT_SECRET = process.env.JWT_SECRET as string;

export async function requireAuth(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    ctx.state.user = jwt.verify(token, JWT_SECRET) as TokenUser;
  } catch {
    ctx.throw(401, '登录已失效');
  }
  await next();
}

export function requireRole(...roles: Role[]) {
  return async (ctx: Context, next: Next) => {
    const user = ctx.state.user as TokenUser;
    if (!roles.includes(user.role)) ctx.throw(403, '无权访问');
    await next();
  };
}
