// Dashboard numbers for the big screen in the office. 大屏统计。
import { Router } from 'express';
import { pool } from '../db.js';

export const statsRouter = Router();

statsRouter.get('/today', async (_req, res) => {
  const { rows } = await pool.query('SELECT COUNT(*) AS orders, SUM(amount) AS gmv FROM orders WHERE created_at >= CURRENT_DATE');
  res.json(rows[0]);
});
