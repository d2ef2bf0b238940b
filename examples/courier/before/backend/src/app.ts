import express from 'express';
import { login } from './auth.js';
import { waybillRouter } from './waybills.js';

const app = express();
app.use(express.json());
app.post('/auth/login', login);
app.use('/waybills', waybillRouter);
app.listen(3000);
