import { NextRequest, NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { account } from '@/db/schema';
import { getUser } from '@/lib/auth';
import { writeOpLog } from '@/lib/oplog';

/** 自助挂失：冻结本人卡片。 */
export async function POST(req: NextRequest) {
  const user = await getUser(req);
  if (!user) {
    return NextResponse.json({ code: 401, msg: '登录已过期' }, { status: 401 });
  }
  await db.update(account).set({ frozen: true, lostReportedAt: new Date() }).where(eq(account.cardNo, user.card));
  await writeOpLog(user.sub, 'card.loss', user.card, req.headers.get('x-forwarded-for'));
  return NextResponse.json({ code: 0, msg: '已挂失' });
}
