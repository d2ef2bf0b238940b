import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from '../config';

export interface AuthedRequest extends Request {
  user?: { id: number; kind: 'app' | 'staff'; role?: string; operatorId?: number };
}

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7) : undefined;
}

// App 用户登录态
export function requireUser(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ code: 401 });
  try {
    const payload = jwt.verify(token, JWT_SECRET) as any;
    if (payload.kind !== 'app') return res.status(401).json({ code: 401 });
    req.user = { id: payload.uid, kind: 'app' };
    next();
  } catch {
    res.status(401).json({ code: 401 });
  }
}

// 后台员工登录态
export function requireStaff(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ code: 401 });
  try {
    const payload = jwt.verify(token, JWT_SECRET) as any;
    if (payload.kind !== 'staff') return res.status(401).json({ code: 401 });
    req.user = { id: payload.sid, kind: 'staff', role: payload.role, operatorId: payload.operatorId };
    next();
  } catch {
    res.status(401).json({ code: 401 });
  }
}

export function requireRole(...roles: string[]) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role ?? '')) return res.status(403).json({ code: 403 });
    next();
  };
}
