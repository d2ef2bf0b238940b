import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { cardholder } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/** 学生基本信息卡片（辅导员、保卫处、宿管共用）。 */
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
  const student = await db.query.cardholder.findFirst({
    where: eq(cardholder.personNo, params.id),
    columns: { personNo: true, name: true, collegeCode: true, classCode: true, dormBuilding: true, dormRoom: true, phone: true, photoKey: true },
  });
  if (!student) {
    return NextResponse.json({ code: 404, msg: '查无此人' }, { status: 404 });
  }
  return NextResponse.json({ code: 0, data: student });
}
