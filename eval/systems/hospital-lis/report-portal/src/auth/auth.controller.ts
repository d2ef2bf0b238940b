import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService } from './auth.service';

class SmsLoginDto {
  phone!: string;
  code!: string;
  openId!: string;
}

// 患者用手机号 + 短信验证码登录（手机号须与就诊卡绑定的手机号一致）。
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('sms-code')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 1, ttl: 60000 } })
  sendCode(@Body('phone') phone: string) {
    return this.auth.sendCode(phone);
  }

  @Post('login')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60000 } })
  login(@Body() dto: SmsLoginDto) {
    return this.auth.login(dto.phone, dto.code, dto.openId);
  }
}
