import type { Context, Next } from 'koa';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from '../config';

export interface SessionUser {
  uid: number;
  username: string;
  kind: 'resident' | 'staff';
  communityId: string;
}

/** Verifies the bearer token of the owners' app and of the staff console alike. */
export async function jwtAuth(ctx: Context, next: Next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) ctx.throw(401, 'login required');
  try {
    ctx.state.user = jwt.verify(token, JWT_SECRET) as SessionUser;
  } catch {
    ctx.throw(401, 'invalid token');
  }
  await next();
}
