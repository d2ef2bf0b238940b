import ratelimit from 'koa-ratelimit';
import { redis } from '../lib/redis';

// 短信下发：同一 IP 每小时 10 次
export const smsSendLimit = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60 * 60 * 1000,
  max: 10,
  id: (ctx) => ctx.ip,
});

// 后台登录：同一 IP 每 15 分钟 20 次
export const staffLoginLimit = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 15 * 60 * 1000,
  max: 20,
  id: (ctx) => ctx.ip,
});
