import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { db } from '@/db';
import { dormGateEvent, entryLog } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/** 保卫处：按学工号查宿舍门禁、图书馆、实验室进出记录。 */
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ code: 401, msg: '请先登录' }, { status: 401 });
  }
  const username = (session.user as any).username as string;
  if (!(await authorize(username, (session.user as any).college, req.nextUrl.pathname, 'GET'))) {
    return NextResponse.json({ code: 403, msg: '无权限' }, { status: 403 });
  }
  const personNo = req.nextUrl.searchParams.get('personNo') ?? '';
  const from = new Date(req.nextUrl.searchParams.get('from') ?? Date.now() - 7 * 86400000);
  const to = new Date(req.nextUrl.searchParams.get('to') ?? Date.now());

  const gate = await db
    .select()
    .from(dormGateEvent)
    .where(and(eq(dormGateEvent.personNo, personNo), gte(dormGateEvent.eventTime, from), lte(dormGateEvent.eventTime, to)))
    .orderBy(desc(dormGateEvent.eventTime))
    .limit(500);
  const entries = await db
    .select()
    .from(entryLog)
    .where(and(eq(entryLog.personNo, personNo), gte(entryLog.eventTime, from), lte(entryLog.eventTime, to)))
    .orderBy(desc(entryLog.eventTime))
    .limit(500);
  return NextResponse.json({ code: 0, data: { gate, entries } });
}
