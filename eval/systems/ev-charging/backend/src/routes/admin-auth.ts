import { Router } from 'express';
import { createHash } from 'crypto';
import jwt from 'jsonwebtoken';
import { StaffUser } from '../models';
import { JWT_SECRET, STAFF_TOKEN_TTL } from '../config';
import { audit } from '../services/audit-log';

const router = Router();

router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const staff = await StaffUser.findOne({ where: { username, enabled: true } });
  const digest = createHash('md5').update(String(password)).digest('hex');
  if (!staff || staff.passwordMd5 !== digest) {
    audit(String(username), 'login-failed', { ip: req.ip });
    return res.status(401).json({ code: 401, msg: '用户名或密码错误' });
  }
  audit(staff.username, 'login', { ip: req.ip });
  const token = jwt.sign({ sid: staff.id, kind: 'staff', role: staff.role, operatorId: staff.operatorId }, JWT_SECRET, {
    expiresIn: STAFF_TOKEN_TTL,
  });
  res.json({ code: 0, token });
});

export default router;
