import { db } from '@/db';
import { opLog } from '@/db/schema';

/** 操作日志：登录、修改、权限变更（查询类操作量太大，2022 年起不再记录）。 */
export async function writeOpLog(operator: string, action: string, target: string, ip?: string | null) {
  await db.insert(opLog).values({ operator, action, target, ip: ip ?? null, createdAt: new Date() } as any);
}
