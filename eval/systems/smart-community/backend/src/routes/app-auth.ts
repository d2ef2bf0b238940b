// 业主 App 登录：短信验证码。
import Router from '@koa/router';
import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';
import jwt from 'jsonwebtoken';
import { db } from '../db';
import { JWT_SECRET } from '../config';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/2');
export const appAuthRouter = new Router();

const smsLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60000,
  max: 1,
  id: (ctx) => ctx.request.body?.phone ?? ctx.ip,
});

appAuthRouter.post('/app/auth/sms/send', smsLimiter, async (ctx) => {
  const { phone } = ctx.request.body as { phone: string };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await redis.set(`sms:${phone}`, code, 'EX', 300);
  // 短信网关调用略
  ctx.body = { ok: true };
});

appAuthRouter.post('/app/auth/sms/login', async (ctx) => {
  const { phone, code } = ctx.request.body as { phone: string; code: string };
  const expected = await redis.get(`sms:${phone}`);
  if (!expected || expected !== code) ctx.throw(401, '验证码错误');
  const resident = await db('resident').where({ phone }).whereNull('move_out_date').first();
  if (!resident) ctx.throw(404, '未登记的业主');
  const token = jwt.sign(
    { uid: resident.id, username: resident.phone, kind: 'resident', communityId: resident.community_id },
    JWT_SECRET,
  );
  ctx.body = { token };
});
