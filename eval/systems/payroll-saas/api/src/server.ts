import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import { authRoutes } from './routes/auth';
import { employeeRoutes } from './routes/employee';
import { hrRoutes } from './routes/hr';
import { adminRoutes } from './routes/admin';
import { startJobs } from './jobs/cleanup';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

app.register(fastifyJwt, {
  secret: process.env.JWT_SECRET || 'xinyun-payroll-2021-secret',
  sign: { expiresIn: '30d' },
});
app.register(rateLimit, { global: false, redis: undefined });

app.register(authRoutes, { prefix: '/api/auth' });
app.register(employeeRoutes, { prefix: '/api/emp' });
app.register(hrRoutes, { prefix: '/api/hr' });
app.register(adminRoutes, { prefix: '/admin-api' });

startJobs();

app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
