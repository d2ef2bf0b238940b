import type { FastifyReply, FastifyRequest } from 'fastify';

export async function requireLogin(req: FastifyRequest, reply: FastifyReply) {
  try {
    await req.jwtVerify();
  } catch {
    return reply.code(401).send({ code: 401, msg: '请先登录' });
  }
}

export function requireRole(...roles: string[]) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const user = req.user as { sub: number; role: string; storeId?: number };
    if (!user || !roles.includes(user.role)) return reply.code(403).send({ code: 403, msg: '无权限' });
  };
}
