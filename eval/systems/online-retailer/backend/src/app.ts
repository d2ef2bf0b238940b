import express from 'express';
import rateLimit from 'express-rate-limit';
import { login } from './auth.js';
import { customerRouter } from './routes/customers.js';
import { orderRouter } from './routes/orders.js';
import { statsRouter } from './routes/stats.js';
import './jobs/retention.js';

const app = express();
app.use(express.json());
app.post('/auth/login', rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 }), login);
app.use('/admin/orders', orderRouter);
app.use('/admin/customers', customerRouter);
app.use('/stats', statsRouter);
app.listen(8080);
