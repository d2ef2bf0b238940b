import { Router } from 'express';
import { AuthedRequest, requireUser } from '../middleware/auth';
import { AppUser, Invoice } from '../models';
import { listOwnSessions, getSession, vehiclesOf } from '../services/session-service';
import { encryptField } from '../services/crypto';

const router = Router();
router.use(requireUser);

// 我的充电记录
router.get('/sessions', async (req: AuthedRequest, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  res.json({ code: 0, data: await listOwnSessions(req.user!.id, page) });
});

// 充电订单详情（从推送消息跳转）
router.get('/sessions/:id', async (req: AuthedRequest, res) => {
  const s = await getSession(req.params.id);
  if (!s) return res.status(404).json({ code: 404 });
  res.json({ code: 0, data: s });
});

// 发票详情
router.get('/invoices/:id', async (req: AuthedRequest, res) => {
  const inv = await Invoice.findByPk(req.params.id);
  if (!inv || inv.userId !== req.user!.id) return res.status(404).json({ code: 404 });
  res.json({ code: 0, data: inv });
});

router.get('/vehicles', async (req: AuthedRequest, res) => {
  res.json({ code: 0, data: await vehiclesOf(req.user!.id) });
});

// 企业车队司机实名绑定：填写姓名、身份证号后方可使用车队账户充电
router.post('/fleet/bind', async (req: AuthedRequest, res) => {
  const { realName, idNo, fleetCode } = req.body;
  if (!realName || !idNo || !fleetCode) return res.status(400).json({ code: 400 });
  await AppUser.update(
    { realName, idNoEnc: encryptField(idNo), fleetId: Number(fleetCode) },
    { where: { id: req.user!.id } },
  );
  res.json({ code: 0 });
});

// 注销账号：清除手机号与实名信息
router.post('/account/close', async (req: AuthedRequest, res) => {
  await AppUser.update({ phone: null, realName: null, idNoEnc: null, nickname: null }, { where: { id: req.user!.id } });
  res.json({ code: 0 });
});

export default router;
