import { Router } from 'express';
import jwt from 'jsonwebtoken';
import Redis from 'ioredis';
import { randomInt } from 'crypto';
import { AppUser } from '../models';
import { JWT_SECRET, APP_TOKEN_TTL, REDIS_URL } from '../config';
import { smsLimiter, loginLimiter } from '../middleware/limits';
import { sendSms } from '../services/sms';

const redis = new Redis(REDIS_URL);
const router = Router();

router.post('/sms/send', smsLimiter, async (req, res) => {
  const phone = String(req.body.phone || '');
  if (!/^1\d{10}$/.test(phone)) return res.status(400).json({ code: 400, msg: '手机号格式错误' });
  const code = String(randomInt(100000, 999999));
  await redis.set(`sms:login:${phone}`, code, 'EX', 300);
  await sendSms(phone, 'SMS_LOGIN', { code });
  res.json({ code: 0 });
});

router.post('/sms/login', loginLimiter, async (req, res) => {
  const { phone, smsCode } = req.body;
  const expected = await redis.get(`sms:login:${phone}`);
  if (!expected || expected !== smsCode) return res.status(401).json({ code: 401, msg: '验证码错误' });
  await redis.del(`sms:login:${phone}`);
  let user = await AppUser.findOne({ where: { phone } });
  if (!user) user = await AppUser.create({ phone });
  const token = jwt.sign({ uid: user.id, kind: 'app' }, JWT_SECRET, { expiresIn: APP_TOKEN_TTL });
  res.json({ code: 0, token });
});

export default router;
