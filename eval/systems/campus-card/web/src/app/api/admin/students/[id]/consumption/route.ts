import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { txn } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/**
 * 学生消费明细（辅导员“精准资助”：发现月消费过低的学生）。
 * 学院域只能看本学院学生；univ 域（资助中心）看全校。
 */
export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ code: 401, msg: '请先登录' }, { status: 401 });
  }
  const username = (session.user as any).username as string;
  const college = (session.user as any).college as string;
  if (!(await authorize(username, college, req.nextUrl.pathname, 'GET'))) {
    return NextResponse.json({ code: 403, msg: '无权限' }, { status: 403 });
  }
  const rows = await db
    .select({ id: txn.id, merchantId: txn.merchantId, amount: txn.amount, balanceAfter: txn.balanceAfter, txnTime: txn.txnTime })
    .from(txn)
    .where(and(eq(txn.personNo, params.id), eq(txn.collegeCode, college)))
    .orderBy(desc(txn.txnTime))
    .limit(1000);
  return NextResponse.json({ code: 0, data: rows });
}
