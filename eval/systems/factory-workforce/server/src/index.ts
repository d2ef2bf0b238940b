// 恒锐精密 员工综合管理平台 API (hr-api)
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { requireAuth } from './middleware/auth.js';
import { workers, line } from './routes/workers.js';
import { health } from './routes/health.js';
import { terminal } from './routes/terminal.js';
import { agency } from './routes/agency.js';
import { brandAudit } from './routes/audit.js';
import { compliance } from './routes/compliance.js';
import { dorm } from './routes/dorm.js';
import './jobs/index.js';

const app = new Hono().basePath('/api');

app.use('*', logger());
app.use('*', secureHeaders());

app.get('/healthz', (c) => c.text('ok'));

// 终端接口（bearer token，见 routes/terminal.ts）
app.route('/terminal', terminal);

// 员工端后台：Keycloak 登录
app.use('/hr/*', requireAuth);
app.route('/hr/workers', workers);
app.route('/hr/line', line);
app.route('/hr/health', health);
app.route('/hr/er', compliance);
app.route('/hr/dorm', dorm);

app.use('/agency/*', requireAuth);
app.route('/agency', agency);

app.use('/brand-audit/*', requireAuth);
app.route('/brand-audit', brandAudit);

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
