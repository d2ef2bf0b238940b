import { NextRequest, NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { txn } from '@/db/schema';
import { getUser } from '@/lib/auth';

/** 消费明细（小票）：从“我的消费记录”点进来。 */
export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const user = await getUser(req);
  if (!user) {
    return NextResponse.json({ code: 401, msg: '登录已过期' }, { status: 401 });
  }
  const record = await db.query.txn.findFirst({
    where: eq(txn.id, Number(params.id)),
  });
  if (!record) {
    return NextResponse.json({ code: 404, msg: '记录不存在' }, { status: 404 });
  }
  return NextResponse.json({ code: 0, data: record });
}
