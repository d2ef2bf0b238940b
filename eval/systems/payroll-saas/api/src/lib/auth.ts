import { FastifyReply, FastifyRequest } from 'fastify';

export type Role = 'employee' | 'tenant_hr' | 'cs' | 'implementer' | 'ops_admin';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: string; tenantId?: string; role: Role; staffId?: string };
  }
}

export async function authenticate(request: FastifyRequest, reply: FastifyReply) {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.code(401).send({ code: 401, msg: '登录已过期，请重新登录' });
  }
}

export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!roles.includes(request.user.role)) {
      reply.code(403).send({ code: 403, msg: '无权限' });
    }
  };
}
