import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { AppDataSource } from '../db/data-source';
import { Client } from '../entities/Client';
import { Staff } from '../entities/Staff';
import { JWT_SECRET } from '../middleware/auth';
import { smsSendLimit, staffLoginLimit } from '../middleware/limits';
import { redis } from '../lib/redis';
import { logger } from '../lib/logger';
import { sendSms } from '../lib/sms';

const router = new Router({ prefix: '/api/auth' });

// 小程序：手机号 + 短信验证码登录（首次登录即注册）
router.post('/sms/send', smsSendLimit, async (ctx) => {
  const { phone } = ctx.request.body as { phone: string };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await redis.set(`sms:login:${phone}`, code, 'EX', 300);
  await sendSms(phone, code);
  ctx.body = { ok: true };
});

router.post('/sms/login', async (ctx) => {
  const { phone, smsCode } = ctx.request.body as { phone: string; smsCode: string };
  logger.info(`client sms login phone=${phone} smsCode=${smsCode}`);
  const expected = await redis.get(`sms:login:${phone}`);
  if (!expected || expected !== smsCode) ctx.throw(401, '验证码错误');
  const repo = AppDataSource.getRepository(Client);
  let client = await repo.findOneBy({ phone });
  if (!client) client = await repo.save(repo.create({ phone, name: '', status: 'active' }));
  const token = jwt.sign({ sub: client.id, role: 'client', companyId: client.companyId }, JWT_SECRET, { expiresIn: '30d' });
  ctx.body = { token };
});

// 工作台（咨询师、客服、督导、EAP 企业 HR、运营）：账号密码登录
router.post('/staff/login', staffLoginLimit, async (ctx) => {
  const { username, password } = ctx.request.body as { username: string; password: string };
  const staff = await AppDataSource.getRepository(Staff).findOneBy({ username, enabled: true });
  if (!staff || !(await bcrypt.compare(password, staff.passwordHash))) ctx.throw(401, '用户名或密码错误');
  const token = jwt.sign({ sub: staff.id, role: staff.role, companyId: staff.companyId }, JWT_SECRET, { expiresIn: '7d' });
  ctx.body = { token, role: staff.role };
});

export default router;
