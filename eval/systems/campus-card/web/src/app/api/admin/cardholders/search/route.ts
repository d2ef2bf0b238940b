import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { eq, ilike, or } from 'drizzle-orm';
import { db } from '@/db';
import { cardholder } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/** 柜台持卡人查询：补卡、挂失、解挂时按姓名 / 身份证号 / 手机号查找。 */
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ code: 401, msg: '请先登录' }, { status: 401 });
  }
  const username = (session.user as any).username as string;
  if (!(await authorize(username, (session.user as any).college, req.nextUrl.pathname, 'GET'))) {
    return NextResponse.json({ code: 403, msg: '无权限' }, { status: 403 });
  }
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const idCard = req.nextUrl.searchParams.get('idCard') ?? '';
  const phone = req.nextUrl.searchParams.get('phone') ?? '';
  console.info('[cardholder-search]', username, q, idCard, phone);

  const rows = await db
    .select()
    .from(cardholder)
    .where(or(ilike(cardholder.name, `%${q}%`), eq(cardholder.idCardNo, idCard), eq(cardholder.phone, phone)))
    .limit(50);
  return NextResponse.json({ code: 0, data: rows });
}
