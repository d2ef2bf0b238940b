import 'reflect-metadata';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { AppDataSource } from './db/data-source';
import { logger } from './lib/logger';
import authRouter from './routes/auth';
import meRouter from './routes/me';
import counselorRouter from './routes/counselor';
import csRouter from './routes/cs';
import eapRouter from './routes/eap';
import adminRouter from './routes/admin';
import { startRetentionJobs } from './jobs/retention';

const app = new Koa();
app.proxy = true;
app.use(bodyParser({ jsonLimit: '1mb' }));

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started });
});

for (const router of [authRouter, meRouter, counselorRouter, csRouter, eapRouter, adminRouter]) {
  app.use(router.routes()).use(router.allowedMethods());
}

AppDataSource.initialize().then(() => {
  startRetentionJobs();
  app.listen(Number(process.env.PORT ?? 3000));
  logger.info('xinyu api listening');
});
