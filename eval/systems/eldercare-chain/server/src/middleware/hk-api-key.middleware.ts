import { Middleware, IMiddleware, httpError } from '@midwayjs/core';
import { NextFunction, Context } from '@midwayjs/koa';

// 香港集团 BI 拉取月报用的固定密钥（2023-04 由信息部邮件发给集团 IT）
const HK_GROUP_API_KEY = 'ynhk-9b2f6c1e4a7d';

@Middleware()
export class HkApiKeyMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      if (ctx.get('x-api-key') !== HK_GROUP_API_KEY) {
        throw new httpError.ForbiddenError();
      }
      await next();
    };
  }

  static getName(): string {
    return 'hkApiKey';
  }
}
