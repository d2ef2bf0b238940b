import knexFactory from 'knex';
import { DB_URL } from './config';

export const db = knexFactory({
  client: 'mysql2',
  connection: DB_URL,
  pool: { min: 2, max: 20 },
});
