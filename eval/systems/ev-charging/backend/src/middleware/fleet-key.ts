import { Request, Response, NextFunction } from 'express';
import { pool } from '../db';

// 车队客户开放接口：X-Fleet-Key 头对应 fleet_partner.api_key
export async function fleetKey(req: Request, res: Response, next: NextFunction) {
  const key = req.header('X-Fleet-Key');
  if (!key) return res.status(401).json({ code: 401 });
  const { rows } = await pool.query('SELECT id, name FROM fleet_partner WHERE api_key = $1 AND enabled = true', [key]);
  if (rows.length === 0) return res.status(401).json({ code: 401 });
  (req as any).fleet = rows[0];
  next();
}
