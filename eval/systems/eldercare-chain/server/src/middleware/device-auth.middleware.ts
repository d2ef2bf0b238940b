import { Middleware, IMiddleware, httpError } from '@midwayjs/core';
import { NextFunction, Context } from '@midwayjs/koa';
import { createHmac, timingSafeEqual } from 'crypto';

/** 门禁人脸终端：设备序列号 + 时间戳 HMAC 签名（密钥由运维注入环境变量） */
@Middleware()
export class DeviceAuthMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const sn = ctx.get('x-device-sn');
      const ts = ctx.get('x-timestamp');
      const sig = ctx.get('x-signature');
      if (!sn || !ts || !sig || Math.abs(Date.now() - Number(ts)) > 300000) {
        throw new httpError.UnauthorizedError();
      }
      const expected = createHmac('sha256', process.env.DEVICE_HMAC_SECRET).update(`${sn}:${ts}`).digest('hex');
      if (!timingSafeEqual(Buffer.from(expected), Buffer.from(sig))) {
        throw new httpError.UnauthorizedError();
      }
      ctx.state.device = { sn };
      await next();
    };
  }

  static getName(): string {
    return 'deviceAuth';
  }
}
