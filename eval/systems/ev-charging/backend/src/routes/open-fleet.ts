import { Router } from 'express';
import { fleetKey } from '../middleware/fleet-key';
import { sessionsByPlate } from '../services/session-service';

// 企业车队客户开放接口（对账用）
const router = Router();
router.use(fleetKey);

router.get('/sessions', async (req, res) => {
  const plate = String(req.query.plate || '');
  res.json({ code: 0, data: await sessionsByPlate(plate) });
});

export default router;
