import { NextRequest, NextResponse } from 'next/server';
import { inArray } from 'drizzle-orm';
import { db } from '@/db';
import { cardholder } from '@/db/schema';

/**
 * 体育部“阳光长跑”：动跑科技 App 每晚拉取在校生名册，用于账号开通和成绩同步。
 * 对方服务器 IP 已在防火墙白名单。
 */
export async function GET(req: NextRequest) {
  if (req.headers.get('x-api-key') !== process.env.SPORTS_API_KEY) {
    return NextResponse.json({ code: 401 }, { status: 401 });
  }
  const rows = await db
    .select({
      personNo: cardholder.personNo,
      name: cardholder.name,
      gender: cardholder.gender,
      collegeCode: cardholder.collegeCode,
      classCode: cardholder.classCode,
      phone: cardholder.phone,
    })
    .from(cardholder)
    .where(inArray(cardholder.personType, ['UG', 'JC']));
  return NextResponse.json({ code: 0, data: rows });
}
