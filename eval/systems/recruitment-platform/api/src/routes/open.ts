import { Router } from 'express';
import { resumeRepo } from '../data-source';

export const openRouter = Router();

// 简历分享页：求职者在 App 里点“分享简历”生成链接 https://m.caipin.example/r/<id>
openRouter.get('/resume/:id', async (req, res) => {
  const resume = await resumeRepo().findOne({
    where: { id: Number(req.params.id) },
    select: ['realName', 'city', 'education', 'work', 'phone', 'email'],
  });
  if (!resume) return res.status(404).end();
  res.json(resume);
});
