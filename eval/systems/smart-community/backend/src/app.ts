import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { appAuthRouter } from './routes/app-auth';
import { staffAuthRouter } from './routes/staff-auth';
import { appVisitorRouter } from './routes/app-visitors';
import { residentRouter } from './routes/staff-residents';
import { openParkingRouter } from './routes/open-parking';
import { scheduleVisitorPurge } from './jobs/purge-visitors';

const app = new Koa();
app.use(bodyParser());

app.use(openParkingRouter.routes());
app.use(appAuthRouter.routes());
app.use(staffAuthRouter.routes());
app.use(appVisitorRouter.routes());
app.use(residentRouter.routes());

scheduleVisitorPurge();

app.listen(Number(process.env.PORT ?? 8300));
