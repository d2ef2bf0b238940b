// Keycloak (realm hengrui) 令牌校验：公钥从 JWKS 取，不在代码里放密钥。
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const ISSUER = process.env.KC_ISSUER ?? 'https://sso.hengrui-pm.cn/realms/hengrui';
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

export interface StaffUser {
  sub: string;
  username: string;
  roles: string[];
  plantCode?: string;
  workshopId?: string;
  dormBuilding?: string;
  agencyId?: string;
}

export const requireAuth: MiddlewareHandler = async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) throw new HTTPException(401, { message: 'missing token' });
  try {
    const { payload } = await jwtVerify(header.slice(7), JWKS, { issuer: ISSUER, audience: 'hr-api' });
    const user: StaffUser = {
      sub: String(payload.sub),
      username: String(payload.preferred_username),
      roles: ((payload.realm_access as { roles?: string[] } | undefined)?.roles) ?? [],
      plantCode: payload.plant_code as string | undefined,
      workshopId: payload.workshop_id as string | undefined,
      dormBuilding: payload.dorm_building as string | undefined,
      agencyId: payload.agency_id as string | undefined,
    };
    c.set('user', user);
  } catch {
    throw new HTTPException(401, { message: 'invalid token' });
  }
  await next();
};

export function requireRole(...allowed: string[]): MiddlewareHandler {
  return async (c, next) => {
    const user = c.get('user') as StaffUser;
    if (!user || !user.roles.some((r) => allowed.includes(r))) {
      throw new HTTPException(403, { message: 'forbidden' });
    }
    await next();
  };
}
