import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

// 连接串由运维在部署时注入（/etc/nyu-ecard/env），应用登录名 ecard_app。
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
  ssl: process.env.PGSSL === 'off' ? false : { rejectUnauthorized: false },
});

export const db = drizzle(pool, { schema });

/** 设置本次会话的学院（行级安全策略 college_isolation 读取 app.college）。 */
export async function withCollege<T>(college: string, fn: () => Promise<T>): Promise<T> {
  await pool.query("SELECT set_config('app.college', $1, false)", [college]);
  return fn();
}
