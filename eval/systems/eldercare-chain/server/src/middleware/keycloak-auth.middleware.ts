import { Middleware, IMiddleware, Config, httpError } from '@midwayjs/core';
import { NextFunction, Context } from '@midwayjs/koa';
import * as jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

/**
 * 员工端（yinian-staff realm）令牌校验：护理站电脑、病区平板、员工手机 App 共用。
 * 令牌里的 home_id / ward_ids 来自 Keycloak 用户属性（mapper: user attribute）。
 */
@Middleware()
export class StaffAuthMiddleware implements IMiddleware<Context, NextFunction> {
  @Config('keycloak')
  kc: { issuer: string; jwksUri: string };

  resolve() {
    const client = jwksClient({ jwksUri: this.kc.jwksUri, cache: true });
    return async (ctx: Context, next: NextFunction) => {
      const raw = (ctx.get('authorization') || '').replace(/^Bearer /, '');
      if (!raw) throw new httpError.UnauthorizedError();
      const decoded: any = jwt.decode(raw, { complete: true });
      const key = await client.getSigningKey(decoded?.header?.kid);
      const claims: any = jwt.verify(raw, key.getPublicKey(), { issuer: this.kc.issuer });
      ctx.state.user = {
        sub: claims.sub,
        username: claims.preferred_username,
        homeId: Number(claims.home_id),
        wardIds: (claims.ward_ids || []).map(Number),
        roles: claims.realm_access?.roles || [],
      };
      await next();
    };
  }

  static getName(): string {
    return 'staffAuth';
  }
}

/** 家属端（yinian-family realm）令牌校验 */
@Middleware()
export class FamilyAuthMiddleware implements IMiddleware<Context, NextFunction> {
  @Config('keycloak')
  kc: { familyIssuer: string; familyJwksUri: string };

  resolve() {
    const client = jwksClient({ jwksUri: this.kc.familyJwksUri, cache: true });
    return async (ctx: Context, next: NextFunction) => {
      const raw = (ctx.get('authorization') || '').replace(/^Bearer /, '');
      if (!raw) throw new httpError.UnauthorizedError();
      const decoded: any = jwt.decode(raw, { complete: true });
      const key = await client.getSigningKey(decoded?.header?.kid);
      const claims: any = jwt.verify(raw, key.getPublicKey(), { issuer: this.kc.familyIssuer });
      ctx.state.user = { sub: claims.sub, phone: claims.phone_number };
      await next();
    };
  }

  static getName(): string {
    return 'familyAuth';
  }
}
