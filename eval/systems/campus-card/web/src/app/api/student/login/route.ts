import { NextRequest, NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { cardholder } from '@/db/schema';
import { checkQueryPassword, signStudentToken } from '@/lib/auth';

/**
 * 学生端登录：学号 + 一卡通查询密码（6 位数字）。
 * 统一身份认证（CAS）对接排期在 2025 年，在此之前沿用旧系统的查询密码。
 */
export async function POST(req: NextRequest) {
  const { studentNo, password } = await req.json();
  if (!studentNo || !password) {
    return NextResponse.json({ code: 400, msg: '学号和密码不能为空' }, { status: 400 });
  }
  const holder = await db.query.cardholder.findFirst({
    where: eq(cardholder.personNo, studentNo),
    columns: { cardNo: true, personNo: true, collegeCode: true, status: true },
  });
  if (!holder || holder.status !== 1) {
    return NextResponse.json({ code: 401, msg: '学号或密码错误' }, { status: 401 });
  }
  const ok = await checkQueryPassword(holder.cardNo, password);
  if (!ok) {
    return NextResponse.json({ code: 401, msg: '学号或密码错误' }, { status: 401 });
  }
  const token = signStudentToken({ sub: holder.personNo, card: holder.cardNo, college: holder.collegeCode });
  return NextResponse.json({ code: 0, token });
}
