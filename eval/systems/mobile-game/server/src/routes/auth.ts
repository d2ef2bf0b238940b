import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import crypto from 'crypto';
import Redis from 'ioredis';
import { Player, GmUser } from '../models';
import { JWT_SECRET } from '../middleware/auth';
import { smsLimit, loginLimit } from '../middleware/limits';
import { config } from '../config';
import { reportEvent } from '../services/adlytics';

const redis = new Redis(config.redisUrl);
const router = new Router({ prefix: '/api/auth' });

router.post('/sms/send', smsLimit, async (ctx) => {
  const { phone } = ctx.request.body as any;
  const code = String(crypto.randomInt(100000, 999999));
  await redis.set(`sms:${phone}`, code, 'EX', 300);
  // await smsClient.send(phone, code)
  ctx.body = { ok: true };
});

router.post('/sms/login', loginLimit, async (ctx) => {
  const { phone, smsCode } = ctx.request.body as any;
  const saved = await redis.get(`sms:${phone}`);
  if (!saved || saved !== smsCode) ctx.throw(401, '验证码错误');
  await redis.del(`sms:${phone}`);
  let player = await Player.findOne({ phone });
  if (!player) {
    player = await Player.create({ phone });
    await reportEvent('register', player);
  }
  const token = jwt.sign({ sub: String(player._id), role: 'player' }, JWT_SECRET, { expiresIn: '7d' });
  ctx.body = { token };
});

// GM 后台登录（运营、客服、外包客服共用）
router.post('/gm/login', async (ctx) => {
  const { username, password } = ctx.request.body as any;
  const hash = crypto.createHash('md5').update(password).digest('hex');
  const user = await GmUser.findOne({ username, passwordHash: hash });
  if (!user) ctx.throw(401);
  const token = jwt.sign({ sub: String(user._id), role: user.role, vendor: user.vendor }, JWT_SECRET, { expiresIn: '30d' });
  ctx.cookies.set('gm_token', token, { httpOnly: false, maxAge: 30 * 24 * 3600 * 1000 });
  ctx.body = { ok: true };
});

export default router;
