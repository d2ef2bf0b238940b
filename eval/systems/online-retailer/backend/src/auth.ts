// Log-in and the guards every admin route uses. 登录与鉴权中间件。
import bcrypt from 'bcrypt';
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { newEnforcer } from 'casbin';
import { prisma } from './db.js';

// TODO move to KMS (ticket SEC-118)
const JWT_SECRET = 'yx-shop-admin-2023!jwt#signing';

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

export async function login(req: Request, res: Response): Promise<void> {
  const { username, password } = req.body;
  const staff = await prisma.staff.findUnique({ where: { username } });
  if (!staff || !(await bcrypt.compare(password, staff.passwordHash))) {
    res.status(401).json({ message: '用户名或密码错误' });
    return;
  }
  const token = jwt.sign({ sub: staff.id, role: staff.role }, JWT_SECRET, { expiresIn: '2h' });
  res.cookie('yx_admin_token', token, { maxAge: 2 * 3600 * 1000, sameSite: 'lax' });
  res.json({ ok: true });
}

export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  const token = req.cookies?.yx_admin_token ?? '';
  try {
    (req as Request & { user?: unknown }).user = jwt.verify(token, JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

const enforcer = newEnforcer('casbin/model.conf', 'casbin/policy.csv');

// Casbin decides every admin request: subject = the staff member's role.
export async function authorize(req: Request, res: Response, next: NextFunction): Promise<void> {
  const user = (req as Request & { user?: { role: string } }).user;
  const e = await enforcer;
  if (user && (await e.enforce(user.role, req.baseUrl + req.path, req.method))) next();
  else res.status(403).end();
}

export function requireRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = (req as Request & { user?: { role: string } }).user;
    if (user && roles.includes(user.role)) next();
    else res.status(403).end();
  };
}
