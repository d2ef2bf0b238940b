import type { Context, Next } from 'koa';
import { newEnforcer, Enforcer } from 'casbin';
import path from 'node:path';

let enforcer: Enforcer | undefined;

async function getEnforcer(): Promise<Enforcer> {
  if (!enforcer) {
    enforcer = await newEnforcer(
      path.join(__dirname, '../../casbin/model.conf'),
      path.join(__dirname, '../../casbin/policy.csv'),
    );
  }
  return enforcer;
}

/**
 * Staff console authorisation: casbin with domains. The community the staff member works in
 * comes from the X-Community-Id header the console sends (the community picked after login).
 */
export async function casbinAuthz(ctx: Context, next: Next) {
  const e = await getEnforcer();
  const community = ctx.get('X-Community-Id') || ctx.state.user.communityId;
  const allowed = await e.enforce(ctx.state.user.username, community, ctx.path, ctx.method);
  if (!allowed) ctx.throw(403, 'forbidden');
  ctx.state.communityId = community;
  await next();
}
