import bcrypt from 'bcrypt';
import type { NextFunction, Request, Response } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { prisma } from './db.js';

const SECRET = process.env.JWT_SECRET ?? '';
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Five attempts a minute per address, then the caller waits. */
export const loginLimiter = rateLimit({ windowMs: 60_000, limit: 5 });

export async function login(req: Request, res: Response): Promise<void> {
  const { username, password } = req.body;
  const account = await prisma.account.findUnique({ where: { username } });
  if (!account || !(await bcrypt.compare(password, account.passwordHash))) {
    res.status(401).end();
    return;
  }
  res.json({ token: jwt.sign({ sub: account.id, role: account.role, outletId: account.outletId }, SECRET, { expiresIn: '8h' }) });
}

export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  try {
    (req as Request & { user?: unknown }).user = jwt.verify(header.replace('Bearer ', ''), SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

export function requireRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = (req as Request & { user?: { role: string } }).user;
    if (user && roles.includes(user.role)) next();
    else res.status(403).end();
  };
}
