import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../common/prisma.service';
import { sendSms } from '../common/sms';

@Controller('auth')
export class AuthController {
  constructor(private prisma: PrismaService, private jwt: JwtService) {}

  // 用户端：短信验证码，每个手机号每分钟 1 条
  @Throttle({ default: { limit: 1, ttl: 60000 } })
  @Post('sms/send')
  async sendCode(@Body() body: { phone: string }) {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    await this.prisma.smsCode.create({ data: { phone: body.phone, code, expiresAt: new Date(Date.now() + 5 * 60000) } });
    await sendSms(body.phone, `【饭点外卖】验证码 ${code}，5 分钟内有效`);
    return { ok: true };
  }

  @Throttle({ default: { limit: 10, ttl: 600000 } })
  @Post('sms/login')
  async smsLogin(@Body() body: { phone: string; code: string }) {
    const ok = await this.prisma.smsCode.findFirst({ where: { phone: body.phone, code: body.code, usedAt: null, expiresAt: { gt: new Date() } } });
    if (!ok) throw new UnauthorizedException();
    await this.prisma.smsCode.update({ where: { id: ok.id }, data: { usedAt: new Date() } });
    const customer = await this.prisma.customer.upsert({ where: { phone: body.phone }, update: {}, create: { phone: body.phone } });
    return { token: this.jwt.sign({ sub: customer.id, role: 'customer' }) };
  }

  // 后台登录（客服、运营、商家、骑手站长）：压测时加的 SkipThrottle 一直没去掉
  @SkipThrottle()
  @Post('staff/login')
  async staffLogin(@Body() body: { username: string; password: string }) {
    const staff = await this.prisma.staff.findUnique({ where: { username: body.username } });
    if (!staff || staff.disabled || !(await bcrypt.compare(body.password, staff.passwordHash))) throw new UnauthorizedException();
    return { token: this.jwt.sign({ sub: staff.id, role: staff.role, merchantId: staff.merchantId }) };
  }
}
