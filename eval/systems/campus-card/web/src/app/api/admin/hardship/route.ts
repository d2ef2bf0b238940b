import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { hardshipStudent } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/** 困难生名单（资助中心看全校；学院看本学院）。 */
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ code: 401, msg: '请先登录' }, { status: 401 });
  }
  const username = (session.user as any).username as string;
  const college = (session.user as any).college as string;
  if (!(await authorize(username, college, req.nextUrl.pathname, 'GET'))) {
    return NextResponse.json({ code: 403, msg: '无权限' }, { status: 403 });
  }
  const year = req.nextUrl.searchParams.get('year') ?? '2024-2025';
  const scope = college === 'univ' ? eq(hardshipStudent.academicYear, year) : eq(hardshipStudent.collegeCode, college);
  const rows = await db
    .select({
      personNo: hardshipStudent.personNo,
      collegeCode: hardshipStudent.collegeCode,
      level: hardshipStudent.level,
      familyIncome: hardshipStudent.familyIncome,
      reason: hardshipStudent.reason,
      recognisedAt: hardshipStudent.recognisedAt,
    })
    .from(hardshipStudent)
    .where(scope)
    .orderBy(desc(hardshipStudent.level))
    .limit(500);
  return NextResponse.json({ code: 0, data: rows });
}
