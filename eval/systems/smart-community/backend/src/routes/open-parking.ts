// 停车场管理系统（第三方车场运营商）对接：按车牌查车主，用于月租车到期提醒与挪车联系。
import Router from '@koa/router';
import { db } from '../db';

export const openParkingRouter = new Router();

const PARKING_APP_KEY = 'pk_anju_2021_parking';

openParkingRouter.get('/open/parking/owner', async (ctx) => {
  const { plate, appKey } = ctx.query as Record<string, string>;
  if (appKey !== PARKING_APP_KEY) ctx.throw(401);
  const owner = await db('resident')
    .select('name', 'phone', 'building', 'room_no')
    .where({ plate_no: plate })
    .first();
  ctx.body = owner ?? {};
});
