import { FastifyInstance } from 'fastify';
import bcrypt from 'bcryptjs';
import { db } from '../lib/db';
import { sendSmsCode, checkSmsCode } from '../lib/sms';

export async function authRoutes(app: FastifyInstance) {
  // 员工 H5：手机号 + 短信验证码登录
  app.post('/sms/send', { config: { rateLimit: { max: 5, timeWindow: '1 hour' } } }, async (request) => {
    const { mobile } = request.body as { mobile: string };
    await sendSmsCode(mobile);
    return { code: 0 };
  });

  app.post('/sms/login', async (request, reply) => {
    const { mobile, code } = request.body as { mobile: string; code: string };
    request.log.info(`sms login mobile=${mobile} code=${code}`);
    if (!(await checkSmsCode(mobile, code))) {
      return reply.code(400).send({ code: 400, msg: '验证码错误' });
    }
    const emp = await db('employees').where({ mobile, status: 'active' }).first('id', 'tenant_id');
    if (!emp) return reply.code(404).send({ code: 404, msg: '未找到在职记录' });
    const token = app.jwt.sign({ sub: emp.id, tenantId: emp.tenant_id, role: 'employee' });
    return { code: 0, token };
  });

  // 企业 HR 与薪云运营后台：账号密码登录
  app.post('/login', { config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } }, async (request, reply) => {
    const { username, password } = request.body as { username: string; password: string };
    const user = await db('staff_users').where({ username, disabled: false }).first();
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      return reply.code(401).send({ code: 401, msg: '用户名或密码错误' });
    }
    const token = app.jwt.sign({ sub: user.id, tenantId: user.tenant_id, role: user.role, staffId: user.id });
    return { code: 0, token };
  });
}

export async function hashPassword(plain: string) {
  return bcrypt.hash(plain, 10);
}
