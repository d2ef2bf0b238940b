import { Pool } from 'pg';

// 管理后台账号保存在 casbin 同库的 portal.staff_user（不在一卡通业务库导出范围内）。
const portalPool = new Pool({ connectionString: process.env.PORTAL_DATABASE_URL });

export interface StaffUser {
  username: string;
  displayName: string;
  passwordHash: string;
  domain: string;
  enabled: boolean;
}

export async function loadStaff(username: string): Promise<StaffUser | null> {
  const { rows } = await portalPool.query(
    'SELECT username, display_name AS "displayName", password_hash AS "passwordHash", domain, enabled FROM portal.staff_user WHERE username = $1 LIMIT 1',
    [username],
  );
  return rows[0] ?? null;
}
