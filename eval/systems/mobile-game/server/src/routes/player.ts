import Router from '@koa/router';
import { Player, Payment, FaceCheck } from '../models';
import { requireLogin } from '../middleware/auth';
import { checkIdentity } from '../services/nppa';

const router = new Router({ prefix: '/api/player' });
router.use(requireLogin);

function birthFromId(id: string) {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

// 实名认证（防沉迷）：姓名 + 身份证号报国家新闻出版署系统核验
router.post('/realname', async (ctx) => {
  const { realName, idCardNo } = ctx.request.body as any;
  const playerId = ctx.state.user.sub;
  console.log('[realname] verify', playerId, realName, idCardNo);
  const result = await checkIdentity(playerId, realName, idCardNo);
  const birthDate = birthFromId(idCardNo);
  const age = new Date().getFullYear() - Number(birthDate.slice(0, 4));
  await Player.updateOne(
    { _id: playerId },
    { realName, idCardNo, birthDate, isMinor: age < 18, realNameStatus: result?.status === 0 ? 'passed' : 'pending' },
  );
  ctx.body = { status: result?.status };
});

// 玩家名片（好友、公会成员查看）
router.get('/profile/:id', async (ctx) => {
  const player = await Player.findById(ctx.params.id);
  if (!player) ctx.throw(404);
  ctx.body = player;
});

// 我的充值记录
router.get('/payments', async (ctx) => {
  ctx.body = await Payment.find({ playerId: ctx.state.user.sub }).sort({ paidAt: -1 }).limit(50);
});

// 人脸核验结果（客户端拿到慧眼 BizToken 结果后上报）
router.post('/facecheck/result', async (ctx) => {
  const { bizToken, imageUrl, score, passed } = ctx.request.body as any;
  await FaceCheck.create({ playerId: ctx.state.user.sub, bizToken, imageUrl, score, passed });
  ctx.body = { ok: true };
});

export default router;
