import express from 'express';
import cookieParser from 'cookie-parser';
import { AppDataSource } from './data-source';
import { requireLogin, requireRole } from './middleware/auth';
import { authRouter } from './routes/auth';
import { meRouter } from './routes/me';
import { recruiterRouter } from './routes/recruiter';
import { adminRouter } from './routes/admin';
import { openRouter } from './routes/open';
import { scheduleCleanup } from './jobs/cleanup';

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '2mb' }));
app.use(cookieParser());

app.use('/api/auth', authRouter);
app.use('/api/me', requireLogin, requireRole('candidate'), meRouter);
app.use('/api/recruiter', requireLogin, requireRole('recruiter'), recruiterRouter);
app.use('/api/admin', requireLogin, requireRole('ops', 'admin'), adminRouter);
app.use('/open', openRouter);

AppDataSource.initialize().then(() => {
  scheduleCleanup();
  app.listen(Number(process.env.PORT ?? 8080));
});
