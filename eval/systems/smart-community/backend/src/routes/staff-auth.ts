// 物业工作台登录（账号密码）。
import Router from '@koa/router';
import { createHash } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { db } from '../db';
import { JWT_SECRET } from '../config';

export const staffAuthRouter = new Router();

staffAuthRouter.post('/api/auth/login', async (ctx) => {
  const { username, password } = ctx.request.body as { username: string; password: string };
  const staff = await db('staff').where({ username }).first();
  const digest = createHash('md5').update(password).digest('hex');
  if (!staff || staff.password_md5 !== digest || staff.status !== 1) ctx.throw(401, '用户名或密码错误');
  const token = jwt.sign(
    { uid: staff.id, username: staff.username, kind: 'staff', communityId: staff.default_community },
    JWT_SECRET,
    { expiresIn: '30d' },
  );
  ctx.body = { token };
});
