import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import mongoose from 'mongoose';
import { config } from './config';
import authRouter from './routes/auth';
import playerRouter from './routes/player';
import csRouter from './routes/cs';
import gmRouter from './routes/gm';
import './jobs/cleanup';

const app = new Koa();
app.proxy = true;
app.use(bodyParser());
app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(playerRouter.routes()).use(playerRouter.allowedMethods());
app.use(csRouter.routes()).use(csRouter.allowedMethods());
app.use(gmRouter.routes()).use(gmRouter.allowedMethods());

mongoose.connect(config.mongoUrl).then(() => app.listen(8080));
