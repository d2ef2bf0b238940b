import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { prisma } from './db.js';

const SECRET = process.env.JWT_SECRET ?? 'dev';

export function hashPassword(password: string): string {
  return createHash('md5').update(password).digest('hex');
}

export async function login(req: Request, res: Response): Promise<void> {
  const { username, password } = req.body;
  const account = await prisma.account.findUnique({ where: { username } });
  if (!account || account.passwordHash !== hashPassword(password)) {
    res.status(401).end();
    return;
  }
  res.json({ token: jwt.sign({ sub: account.id, role: account.role, outletId: account.outletId }, SECRET) });
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
