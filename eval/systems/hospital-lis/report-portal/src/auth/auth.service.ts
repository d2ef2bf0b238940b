import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '../prisma.service';
import { encryptField } from '../common/field-crypto';

@Injectable()
export class AuthService {
  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async sendCode(phone: string) {
    // 验证码由短信网关发送，见 sms.gateway（略）
    return { sent: true, phone: phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2') };
  }

  async login(phone: string, code: string, openId: string) {
    const ok = await this.prisma.smsCode.findFirst({ where: { phone, code, usedAt: null } });
    if (!ok) throw new UnauthorizedException();
    const patient = await this.prisma.portalPatient.findFirst({ where: { phoneEnc: encryptField(phone) } });
    if (!patient) throw new UnauthorizedException('手机号未绑定就诊卡');
    await this.prisma.smsCode.update({ where: { id: ok.id }, data: { usedAt: new Date() } });
    return { token: this.jwt.sign({ sub: patient.patientId, oid: openId }) };
  }
}
