import type { Context } from 'hono';
import { prisma } from './prisma.js';

/** 写入访问日志 hr.access_log（查询、导出、修改）。 */
export async function writeAccessLog(c: Context, action: string, target?: string) {
  const user = c.get('user') as { sub: string; username: string } | undefined;
  await prisma.accessLog.create({
    data: {
      userId: user?.username ?? 'anonymous',
      action,
      target: target ?? null,
      ip: c.req.header('x-forwarded-for') ?? null,
    },
  });
}
