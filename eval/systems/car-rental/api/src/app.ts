import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import cookie from '@fastify/cookie';
import { JWT_SECRET } from './config';
import { authRoutes } from './routes/auth';
import { renterRoutes } from './routes/renter';
import { opsRoutes } from './routes/ops';
import { scheduleTrackPurge } from './jobs/purge';

const app = Fastify({ logger: true });
app.register(cookie);
app.register(jwt, { secret: JWT_SECRET });

app.register(authRoutes, { prefix: '/api/auth' });
app.register(renterRoutes, { prefix: '/api/renter' });
app.register(opsRoutes, { prefix: '/api/ops' });

scheduleTrackPurge();
app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
