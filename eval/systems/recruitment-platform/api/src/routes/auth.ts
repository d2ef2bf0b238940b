import { Router } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { createHash } from 'crypto';
import rateLimit from 'express-rate-limit';
import { candidateRepo, recruiterRepo, pool } from '../data-source';
import { JWT_SECRET, RECRUITER_TOKEN_TTL, CANDIDATE_TOKEN_TTL } from '../config';

export const authRouter = Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10, standardHeaders: true });

// 求职者注册、登录（App / H5）
authRouter.post('/candidate/register', loginLimiter, async (req, res) => {
  const { mobile, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const saved = await candidateRepo().save({ mobile, passwordHash });
  res.json({ id: saved.id });
});

authRouter.post('/candidate/login', loginLimiter, async (req, res) => {
  const { mobile, password } = req.body;
  const candidate = await candidateRepo().findOneBy({ mobile });
  if (!candidate || !(await bcrypt.compare(password, candidate.passwordHash))) {
    return res.status(401).json({ code: 401, msg: '手机号或密码错误' });
  }
  const token = jwt.sign({ sub: candidate.id, role: 'candidate' }, JWT_SECRET, { expiresIn: CANDIDATE_TOKEN_TTL });
  res.json({ token });
});

// 企业招聘方登录（沿用 2017 年老系统的账号表）
authRouter.post('/recruiter/login', async (req, res) => {
  const { mobile, password } = req.body;
  const recruiter = await recruiterRepo().findOneBy({ mobile });
  const digest = createHash('md5').update(password).digest('hex');
  if (!recruiter || recruiter.passwordMd5 !== digest) {
    return res.status(401).json({ code: 401, msg: '账号或密码错误' });
  }
  const token = jwt.sign({ sub: recruiter.id, role: 'recruiter', companyId: recruiter.companyId }, JWT_SECRET, { expiresIn: RECRUITER_TOKEN_TTL });
  res.cookie('cp_rt', token, { httpOnly: true, sameSite: 'lax', maxAge: 30 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

// 运营后台员工登录
authRouter.post('/staff/login', loginLimiter, async (req, res) => {
  const { username, password } = req.body;
  const [rows] = await pool.query('SELECT id, role, password_hash FROM staff_user WHERE username = ? AND status = 1 LIMIT 1', [username]);
  const staff = (rows as any[])[0];
  if (!staff || !(await bcrypt.compare(password, staff.password_hash))) {
    return res.status(401).json({ code: 401, msg: '账号或密码错误' });
  }
  const token = jwt.sign({ sub: staff.id, role: staff.role }, JWT_SECRET, { expiresIn: '8h' });
  res.cookie('cp_st', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});
