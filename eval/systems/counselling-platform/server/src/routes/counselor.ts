import Router from '@koa/router';
import { AppDataSource } from '../db/data-source';
import { Appointment } from '../entities/Appointment';
import { SessionNote } from '../entities/SessionNote';
import { requireAuth, requireRole, TokenUser } from '../middleware/auth';
import { decryptNote } from '../lib/note-crypto';

const router = new Router({ prefix: '/api/counselor' });
router.use(requireAuth, requireRole('counselor', 'supervisor'));

// 某来访者的历次咨询记录：须本人有过预约
router.get('/clients/:clientId/notes', async (ctx) => {
  const user = ctx.state.user as TokenUser;
  const appt = await AppDataSource.getRepository(Appointment).findOneBy({
    clientId: Number(ctx.params.clientId),
    counselorId: user.sub,
  });
  if (!appt) ctx.throw(403, '非本人来访者');
  const notes = await AppDataSource.getRepository(SessionNote)
    .createQueryBuilder('n')
    .where('n.client_id = :clientId', { clientId: Number(ctx.params.clientId) })
    .orderBy('n.created_at', 'DESC')
    .take(100)
    .getMany();
  ctx.body = notes.map((n) => ({ ...n, content: decryptNote(n.contentEnc) }));
});

// 单条咨询记录详情（从督导转介单打开）
router.get('/notes/:id', async (ctx) => {
  const note = await AppDataSource.getRepository(SessionNote)
    .createQueryBuilder('n')
    .where('n.id = :id', { id: Number(ctx.params.id) })
    .getOne();
  if (!note) ctx.throw(404);
  ctx.body = { ...note, content: decryptNote(note.contentEnc) };
});

export default router;
