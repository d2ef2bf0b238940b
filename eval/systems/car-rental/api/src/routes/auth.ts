import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { createHash } from 'crypto';
import { prisma } from '../db';
import { STAFF_TOKEN_TTL, RENTER_TOKEN_TTL } from '../config';

export async function authRoutes(app: FastifyInstance) {
  await app.register(rateLimit, { global: false });

  // 租客短信验证码登录（App）
  app.post('/renter/sms-login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (req, reply) => {
    const { mobile, code } = req.body as { mobile: string; code: string };
    const sms = await prisma.smsCode.findFirst({ where: { mobile, code, used: false } });
    if (!sms) return reply.code(401).send({ code: 401, msg: '验证码错误' });
    const renter = await prisma.renter.findUnique({ where: { mobile } });
    if (!renter) return reply.code(404).send({ code: 404, msg: '请先注册' });
    const token = app.jwt.sign({ sub: renter.id, role: 'renter' }, { expiresIn: RENTER_TOKEN_TTL });
    return { token };
  });

  // 门店、客服、运营后台员工登录（老账号表，口令 SHA-1）
  app.post('/staff/login', async (req, reply) => {
    const { username, password } = req.body as { username: string; password: string };
    const staff = await prisma.staffUser.findUnique({ where: { username } });
    const digest = createHash('sha1').update(password).digest('hex');
    if (!staff || staff.passwordSha1 !== digest) return reply.code(401).send({ code: 401, msg: '账号或密码错误' });
    const token = app.jwt.sign({ sub: staff.id, role: staff.role, storeId: staff.storeId }, { expiresIn: STAFF_TOKEN_TTL });
    reply.setCookie('ta_staff', token, { path: '/', sameSite: 'lax' });
    return { ok: true };
  });
}
