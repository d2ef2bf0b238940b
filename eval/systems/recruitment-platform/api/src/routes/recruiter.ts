import { Router } from 'express';
import { resumeRepo, applicationRepo, recruiterRepo, pool } from '../data-source';

export const recruiterRouter = Router();

// 人才库搜索：只搜公开简历，手机号由前端脱敏显示，每页 20 条
recruiterRouter.get('/talent/search', async (req, res) => {
  const { city, keyword } = req.query as Record<string, string>;
  const list = await resumeRepo().find({
    where: { isPublic: true, city },
    select: ['id', 'realName', 'city', 'education', 'work', 'expectedSalary'],
    take: 20,
  });
  res.json(list.filter((r) => !keyword || JSON.stringify(r.work).includes(keyword)));
});

// 简历查重：招聘方录入线下收到的简历前，按手机号查是否已在库
recruiterRouter.get('/talent/by-phone', async (req, res) => {
  const resume = await resumeRepo().findOne({ where: { phone: String(req.query.phone) } });
  res.json(resume ?? null);
});

// 解锁联系方式：扣减企业的解锁点数
recruiterRouter.get('/resumes/:id/contact', async (req, res) => {
  const caller = (req as any).user;
  const resume = await resumeRepo().findOneBy({ id: Number(req.params.id) });
  if (!resume) return res.status(404).end();
  await recruiterRepo().decrement({ id: caller.sub }, 'unlockQuota', 1);
  res.json({ realName: resume.realName, phone: resume.phone, email: resume.email });
});

// 职位的投递列表：只看本企业职位
recruiterRouter.get('/applications', async (req, res) => {
  const caller = (req as any).user;
  const list = await applicationRepo().find({
    where: { jobId: Number(req.query.jobId), companyId: caller.companyId },
    order: { appliedAt: 'DESC' },
    take: 50,
  });
  res.json(list);
});

// 与候选人的沟通记录
recruiterRouter.get('/chats/:candidateId', async (req, res) => {
  const caller = (req as any).user;
  const [rows] = await pool.query(
    'SELECT content, sent_at FROM chat_message WHERE company_id = ? AND candidate_id = ? ORDER BY sent_at DESC LIMIT 100',
    [caller.companyId, req.params.candidateId],
  );
  res.json(rows);
});
