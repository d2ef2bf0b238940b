import express from 'express';
import { PORT } from './config';
import appAuth from './routes/app-auth';
import appRoutes from './routes/app';
import adminAuth from './routes/admin-auth';
import adminRoutes from './routes/admin';
import partnerRoutes from './routes/partner';
import openFleet from './routes/open-fleet';
import { scheduleRetention } from './jobs/retention';

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '1mb' }));

app.use('/api/auth', appAuth);
app.use('/api/app', appRoutes);
app.use('/admin/auth', adminAuth);
app.use('/admin', adminRoutes);
app.use('/partner', partnerRoutes);
app.use('/open/fleet', openFleet);

scheduleRetention();

app.listen(PORT, () => console.log(`diantu api listening on ${PORT}`));
