import { Context } from 'egg';
import { RateLimiterMemory } from 'rate-limiter-flexible';

// 短信验证码：同一手机号 60 秒 1 次，同一 IP 每小时 20 次
const perPhone = new RateLimiterMemory({ keyPrefix: 'sms_phone', points: 1, duration: 60 });
const perIp = new RateLimiterMemory({ keyPrefix: 'sms_ip', points: 20, duration: 3600 });

export default () => {
  return async function smsLimit(ctx: Context, next: () => Promise<any>) {
    const phone = String((ctx.request.body as any)?.phone || '');
    try {
      await perIp.consume(ctx.ip);
      if (phone) await perPhone.consume(phone);
    } catch (e) {
      ctx.status = 429;
      ctx.body = { code: 429, msg: '操作太频繁，请稍后再试' };
      return;
    }
    await next();
  };
};
