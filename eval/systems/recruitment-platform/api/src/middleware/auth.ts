import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from '../config';

export interface Caller { sub: number; role: 'candidate' | 'recruiter' | 'ops' | 'admin'; companyId?: number }

export function requireLogin(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = req.cookies?.cp_rt ?? header.replace(/^Bearer /, '');
  try {
    (req as any).user = jwt.verify(token, JWT_SECRET) as Caller;
    next();
  } catch {
    res.status(401).json({ code: 401, msg: '请先登录' });
  }
}

export function requireRole(...roles: Caller['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = (req as any).user as Caller | undefined;
    if (!user || !roles.includes(user.role)) return res.status(403).json({ code: 403, msg: '无权限' });
    next();
  };
}
