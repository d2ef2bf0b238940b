// 业主 App：访客邀约（业主登记来访人，生成通行二维码）。
import Router from '@koa/router';
import { db } from '../db';
import { jwtAuth } from '../middleware/auth';

export const appVisitorRouter = new Router();
appVisitorRouter.use(jwtAuth);

appVisitorRouter.get('/app/visitors/mine', async (ctx) => {
  const user = ctx.state.user;
  ctx.body = await db('visitor')
    .select('id', 'name', 'phone', 'plate_no', 'visit_date', 'status')
    .where({ host_resident_id: user.uid })
    .orderBy('visit_date', 'desc')
    .limit(50);
});

// 邀约详情（分享给访客的二维码页也调用此接口）
appVisitorRouter.get('/app/visitors/:id', async (ctx) => {
  const visitor = await db('visitor')
    .select('id', 'name', 'phone', 'id_no', 'photo_key', 'plate_no', 'visit_date', 'qr_token')
    .where({ id: ctx.params.id })
    .first();
  if (!visitor) ctx.throw(404);
  ctx.body = visitor;
});

appVisitorRouter.post('/app/visitors', async (ctx) => {
  const user = ctx.state.user;
  const { name, phone, plateNo, visitDate } = ctx.request.body as Record<string, string>;
  const [id] = await db('visitor').insert({
    community_id: user.communityId,
    host_resident_id: user.uid,
    name,
    phone,
    plate_no: plateNo,
    visit_date: visitDate,
    status: 'invited',
  });
  ctx.body = { id };
});

appVisitorRouter.get('/app/bills/mine', async (ctx) => {
  const user = ctx.state.user;
  ctx.body = await db('bill').where({ resident_id: user.uid }).orderBy('period', 'desc').limit(36);
});
