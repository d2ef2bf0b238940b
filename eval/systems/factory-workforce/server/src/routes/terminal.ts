// 人脸考勤终端 / 食堂终端对接（终端厂商 SDK 回调）
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { prisma } from '../lib/prisma.js';

// 所有终端共用一个 token，写在终端出厂配置里
const TERMINAL_TOKEN = 'hrkq-7f3a9c2e51d04b8e9a6f0c3d2b1e4f5a';

export const terminal = new Hono();

terminal.use('*', bearerAuth({ token: TERMINAL_TOKEN }));

// 终端打卡上报：终端本地比对通过后上报工号、比分，附带抓拍照片
terminal.post('/punch', async (c) => {
  const body = await c.req.json<{
    sn: string; plant: string; empNo: string; score: number; ts: string; dir: 'IN' | 'OUT'; snapshotJpeg?: string;
  }>();
  await prisma.attendancePunch.create({
    data: {
      terminalSn: body.sn,
      plantCode: body.plant,
      empNo: body.empNo,
      matchScore: body.score,
      punchedAt: new Date(body.ts),
      direction: body.dir,
      snapshot: body.snapshotJpeg ?? null,
    },
  });
  return c.json({ ok: true });
});

// 终端增量同步人脸特征（按厂区下发）
terminal.get('/faces', async (c) => {
  const plant = c.req.query('plant');
  const since = new Date(c.req.query('since') ?? 0);
  const rows = await prisma.faceTemplate.findMany({
    where: { enrolledAt: { gte: since }, employee: { plantCode: plant, status: 'ACTIVE' } },
    select: { empNo: true, feature: true, modelVer: true },
    take: 2000,
  });
  return c.json(rows.map((r) => ({ ...r, feature: Buffer.from(r.feature).toString('base64') })));
});
