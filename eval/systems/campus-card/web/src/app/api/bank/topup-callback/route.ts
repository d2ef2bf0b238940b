import { NextRequest, NextResponse } from 'next/server';
import { createHmac } from 'crypto';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { account, bankTopup } from '@/db/schema';

// 南屿农商银行圈存通知的签名密钥（银行侧 2019 年分配）
const BANK_HMAC_KEY = process.env.BANK_HMAC_KEY || 'nyrcb-ecard-2019-hmac-9f3a';

/** 银行圈存（联名卡借记卡 → 一卡通）到账通知。 */
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const sign = req.headers.get('x-nyrcb-sign') ?? '';
  const expected = createHmac('sha256', BANK_HMAC_KEY).update(raw).digest('hex');
  if (sign !== expected) {
    return NextResponse.json({ code: 403, msg: 'bad sign' }, { status: 403 });
  }
  const body = JSON.parse(raw) as { cardNo: string; bankAccountNo: string; amount: string; serial: string };
  await db.insert(bankTopup).values({
    cardNo: body.cardNo,
    bankAccountNo: body.bankAccountNo,
    amount: body.amount,
    bankSerial: body.serial,
    channel: 'BANK',
    createdAt: new Date(),
  } as any);
  await db.update(account).set({ balance: sql`${account.balance} + ${body.amount}` }).where(eq(account.cardNo, body.cardNo));
  return NextResponse.json({ code: 0 });
}
