import { Sequelize } from 'sequelize';
import { Pool } from 'pg';
import { DATABASE_URL } from './config';

export const sequelize = new Sequelize(DATABASE_URL, {
  dialect: 'postgres',
  logging: false,
  pool: { max: 20, min: 2 },
});

// 报表与导出走原生 SQL（大查询不经 ORM）
export const pool = new Pool({ connectionString: DATABASE_URL, max: 5 });
