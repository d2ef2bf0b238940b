import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';
import { config } from '../config';

const redis = new Redis(config.redisUrl);

export const smsLimit = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60000,
  max: 1,
  id: (ctx) => ctx.request.body?.phone || ctx.ip,
});

export const loginLimit = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 600000,
  max: 10,
  id: (ctx) => ctx.ip,
});
