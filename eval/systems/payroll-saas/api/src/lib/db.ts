import knex from 'knex';

// 主库：RDS PostgreSQL 14（杭州），多租户共表，按 tenant_id 隔离
export const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: 20 },
});
