import { Router } from 'express';
import { AuthedRequest, requireStaff, requireRole } from '../middleware/auth';
import { OccupancySnapshot } from '../models';
import { sessionsForOperator } from '../services/session-service';

// 加盟场站运营商（站主）后台
const router = Router();
router.use(requireStaff, requireRole('station-partner'));

router.get('/sessions', async (req: AuthedRequest, res) => {
  const { from, to } = req.query as Record<string, string>;
  res.json({ code: 0, data: await sessionsForOperator(req.user!.operatorId!, from, to) });
});

// 占位抓拍（车位占用超时收费依据）
router.get('/snapshots', async (req: AuthedRequest, res) => {
  const rows = await OccupancySnapshot.findAll({
    where: { stationId: req.query.stationId },
    order: [['capturedAt', 'DESC']],
    limit: 200,
  });
  res.json({ code: 0, data: rows });
});

export default router;
