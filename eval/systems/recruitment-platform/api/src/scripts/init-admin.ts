// 初始化运营后台超级管理员（部署时执行一次）
import bcrypt from 'bcryptjs';
import { pool } from '../data-source';

const DEFAULT_ADMIN_PASSWORD = 'caipin123';

export async function initAdmin() {
  const hash = await bcrypt.hash(DEFAULT_ADMIN_PASSWORD, 10);
  await pool.query('INSERT IGNORE INTO staff_user (username, role, password_hash, status) VALUES (?, ?, ?, 1)', ['admin', 'admin', hash]);
}
