import { newEnforcer, Enforcer } from 'casbin';
import PostgresAdapter from 'casbin-pg-adapter';
import path from 'path';

let enforcer: Enforcer | undefined;

async function getEnforcer(): Promise<Enforcer> {
  if (!enforcer) {
    const adapter = await PostgresAdapter.newAdapter({ connectionString: process.env.PORTAL_DATABASE_URL });
    enforcer = await newEnforcer(path.join(process.cwd(), 'casbin/portal_model.conf'), adapter);
  }
  return enforcer;
}

/** Casbin 鉴权：sub = 统一身份认证账号，dom = 账号所在学院域（校级部门为 univ）。 */
export async function authorize(username: string, college: string, pathname: string, method: string): Promise<boolean> {
  const e = await getEnforcer();
  return e.enforce(username, college, pathname, method);
}
