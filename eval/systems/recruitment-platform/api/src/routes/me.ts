import { Router } from 'express';
import { resumeRepo, candidateRepo, pool } from '../data-source';
import { encryptIdCard } from '../util/idcard-crypto';

export const meRouter = Router();

meRouter.get('/resume', async (req, res) => {
  const user = (req as any).user;
  const resume = await resumeRepo().findOneBy({ candidateId: user.sub });
  if (!resume) return res.status(404).json({ code: 404, msg: '尚未创建简历' });
  res.json(resume);
});

meRouter.put('/resume', async (req, res) => {
  const user = (req as any).user;
  const { realName, phone, email, idCardNo, birthDate, city, education, work, expectedSalary, isPublic } = req.body;
  if (!idCardNo) return res.status(400).json({ code: 400, msg: '请完成实名认证（填写身份证号）后再保存简历' });
  await resumeRepo().update({ candidateId: user.sub }, {
    realName, phone, email, idCardNo: encryptIdCard(idCardNo), birthDate, city, education, work, expectedSalary, isPublic,
  });
  res.json({ ok: true });
});

// 注销账号：删除简历、投递与账号
meRouter.delete('/account', async (req, res) => {
  const user = (req as any).user;
  await pool.query('DELETE FROM job_application WHERE resume_id IN (SELECT id FROM resume WHERE candidate_id = ?)', [user.sub]);
  await pool.query('DELETE FROM resume WHERE candidate_id = ?', [user.sub]);
  await candidateRepo().delete({ id: user.sub });
  res.json({ ok: true });
});
