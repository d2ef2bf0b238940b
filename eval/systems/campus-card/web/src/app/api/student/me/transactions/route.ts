import { NextRequest, NextResponse } from 'next/server';
import { and, desc, eq, gte } from 'drizzle-orm';
import { db } from '@/db';
import { txn } from '@/db/schema';
import { getUser } from '@/lib/auth';

/** 我的消费记录（近 90 天，最多 200 条）。 */
export async function GET(req: NextRequest) {
  const user = await getUser(req);
  if (!user) {
    return NextResponse.json({ code: 401, msg: '登录已过期' }, { status: 401 });
  }
  const since = new Date(Date.now() - 90 * 24 * 3600 * 1000);
  const rows = await db
    .select({ id: txn.id, merchantId: txn.merchantId, amount: txn.amount, balanceAfter: txn.balanceAfter, txnTime: txn.txnTime })
    .from(txn)
    .where(and(eq(txn.personNo, user.sub), gte(txn.txnTime, since)))
    .orderBy(desc(txn.txnTime))
    .limit(200);
  return NextResponse.json({ code: 0, data: rows });
}
