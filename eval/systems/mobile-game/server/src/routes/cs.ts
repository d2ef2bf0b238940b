import Router from '@koa/router';
import { Player, Payment, ChatLog, Ticket } from '../models';
import { requireLogin, requireRole } from '../middleware/auth';

// 客服后台（自有客服 + 外包客服 “智联客服”）
const router = new Router({ prefix: '/cs' });
router.use(requireLogin, requireRole('cs', 'cs-lead'));

// 按手机号或昵称查玩家
router.get('/players/search', async (ctx) => {
  const { phone, nickname } = ctx.query as any;
  const players = await Player.find({ $or: [{ phone }, { nickname }] });
  ctx.body = players;
});

// 充值争议：须有分配给本人的工单
router.get('/players/:id/payments', async (ctx) => {
  const ticket = await Ticket.findOne({ _id: ctx.query.ticketId, assignee: ctx.state.user.sub, playerId: ctx.params.id });
  if (!ticket) ctx.throw(403, '无对应工单');
  ctx.body = await Payment.find({ playerId: ctx.params.id }).select('orderNo productId amount channel paidAt').limit(100);
});

// 举报核查：查看聊天记录
router.get('/chat-logs', async (ctx) => {
  const { playerId } = ctx.query as any;
  ctx.body = await ChatLog.find({ $or: [{ playerId }, { toPlayerId: playerId }] }).sort({ sentAt: -1 }).limit(500);
});

export default router;
