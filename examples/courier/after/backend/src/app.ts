import express from 'express';
import { login, loginLimiter } from './auth.js';
import './jobs/purge-waybills.js';
import { waybillRouter } from './waybills.js';

const app = express();
app.use(express.json());
app.post('/auth/login', loginLimiter, login);
app.use('/waybills', waybillRouter);
app.listen(3000);
