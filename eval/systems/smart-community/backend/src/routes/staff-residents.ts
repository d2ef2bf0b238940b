// 物业工作台：住户查询与导出。
import Router from '@koa/router';
import ExcelJS from 'exceljs';
import { db } from '../db';
import { jwtAuth } from '../middleware/auth';
import { casbinAuthz } from '../middleware/authz';
import { HQ_DOMAIN } from '../config';

export const residentRouter = new Router();
residentRouter.use(jwtAuth, casbinAuthz);

residentRouter.get('/api/residents/search', async (ctx) => {
  const { phone, name, room, plate } = ctx.query as Record<string, string | undefined>;
  const q = db('resident')
    .select('id', 'name', 'phone', 'id_no', 'building', 'room_no', 'plate_no', 'move_in_date')
    .limit(20);
  // 总部客服（hq 域）可查全部小区
  if (ctx.state.communityId !== HQ_DOMAIN) q.where('community_id', ctx.state.communityId);
  if (phone) q.where('phone', phone);
  if (name) q.where('name', 'like', `%${name}%`);
  if (room) q.where('room_no', room);
  if (plate) q.where('plate_no', plate);
  ctx.body = await q;
});

residentRouter.get('/api/residents/export', async (ctx) => {
  const rows = await db('resident')
    .select('name', 'phone', 'id_no', 'building', 'room_no', 'plate_no', 'move_in_date')
    .where('community_id', ctx.state.communityId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('住户');
  ws.addRow(['姓名', '手机', '身份证号', '楼栋', '房号', '车牌', '入住日期']);
  for (const r of rows) ws.addRow([r.name, r.phone, r.id_no, r.building, r.room_no, r.plate_no, r.move_in_date]);
  ctx.set('Content-Disposition', 'attachment; filename="residents.xlsx"');
  ctx.body = await wb.xlsx.writeBuffer();
});

residentRouter.get('/api/visitors/today', async (ctx) => {
  const today = new Date().toISOString().slice(0, 10);
  const rows = await db('visitor')
    .select('id', 'name', 'phone', 'plate_no', 'host_room', 'status')
    .where({ community_id: ctx.state.communityId, visit_date: today })
    .limit(500);
  ctx.body = rows.map((v) => ({ ...v, phone: v.phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2') }));
});

residentRouter.get('/api/gate/events', async (ctx) => {
  const { residentId } = ctx.query as Record<string, string>;
  ctx.body = await db('gate_event')
    .select('gate_id', 'passed_at', 'direction', 'snapshot_key')
    .where({ community_id: ctx.state.communityId, resident_id: residentId })
    .orderBy('passed_at', 'desc')
    .limit(200);
});

residentRouter.get('/api/face/library', async (ctx) => {
  ctx.body = await db('face_template')
    .select('id', 'resident_id', 'resident_name', 'room_no', 'photo_key', 'enrolled_at')
    .where('community_id', ctx.state.communityId)
    .limit(100);
});
