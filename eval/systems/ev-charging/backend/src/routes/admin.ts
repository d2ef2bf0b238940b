import { Router } from 'express';
import { AuthedRequest, requireStaff, requireRole } from '../middleware/auth';
import { AppUser, Vehicle } from '../models';
import { pool } from '../db';
import { sessionsByPlate } from '../services/session-service';
import { maskPhone } from '../services/crypto';
import { audit } from '../services/audit-log';

const router = Router();
router.use(requireStaff);

// 客服按手机号查用户（处理充电异常工单）
router.get('/users/search', requireRole('cs', 'admin'), async (req: AuthedRequest, res) => {
  const phone = String(req.query.phone || '');
  const users = await AppUser.findAll({
    where: { phone },
    attributes: ['id', 'phone', 'nickname', 'createdAt'],
    limit: 20,
  });
  audit(String(req.user!.id), 'read', { screen: 'user-search', phone: maskPhone(phone) });
  res.json({ code: 0, data: users.map((u) => ({ ...u.toJSON(), phone: maskPhone(u.phone) })) });
});

// 客服按车牌查充电记录
router.get('/sessions/by-plate', requireRole('cs', 'admin'), async (req: AuthedRequest, res) => {
  const rows = await sessionsByPlate(String(req.query.plate || ''));
  res.json({ code: 0, data: rows });
});

// 运营导出用户与车辆（营销活动、车企合作对账）
router.get('/users/export', requireRole('ops', 'admin'), async (req: AuthedRequest, res) => {
  const { rows } = await pool.query(
    `SELECT u.phone, u.real_name, v.plate_no, v.vin, v.brand, u.created_at
       FROM app_user u
       LEFT JOIN vehicle v ON v.user_id = u.id
      WHERE u.created_at >= $1`,
    [req.query.since || '2019-01-01'],
  );
  audit(String(req.user!.id), 'export', { screen: 'user-export', rows: rows.length });
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.send(rows.map((r) => [r.phone, r.real_name, r.plate_no, r.vin, r.brand, r.created_at].join(',')).join('\n'));
});

// 车辆信息（客服核实车主）
router.get('/vehicles/:id', requireRole('cs', 'admin'), async (req: AuthedRequest, res) => {
  const v = await Vehicle.findByPk(req.params.id);
  res.json({ code: 0, data: v });
});

export default router;
