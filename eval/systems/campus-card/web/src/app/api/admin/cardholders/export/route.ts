import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { db } from '@/db';
import { cardholder } from '@/db/schema';
import { authOptions } from '@/lib/auth';
import { authorize } from '@/lib/authz';

/** 持卡人名册导出（迎新制卡、银行批量开户核对用）。 */
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ code: 401, msg: '请先登录' }, { status: 401 });
  }
  const username = (session.user as any).username as string;
  if (!(await authorize(username, (session.user as any).college, req.nextUrl.pathname, 'GET'))) {
    return NextResponse.json({ code: 403, msg: '无权限' }, { status: 403 });
  }
  const rows = await db.select().from(cardholder).where(eq(cardholder.status, 1));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('持卡人');
  ws.addRow(['卡号', '学工号', '姓名', '身份证号', '手机号', '学院', '班级', '宿舍', '银行卡号']);
  for (const r of rows) {
    ws.addRow([r.cardNo, r.personNo, r.name, r.idCardNo, r.phone, r.collegeCode, r.classCode, `${r.dormBuilding}-${r.dormRoom}`, r.bankCardNo]);
  }
  const buf = await wb.xlsx.writeBuffer();
  return new NextResponse(buf as ArrayBuffer, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="cardholders.xlsx"',
    },
  });
}
