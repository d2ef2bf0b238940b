import { Body, Controller, Post } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { AuthService } from './auth.service';

@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Throttle({ default: { limit: 1, ttl: 60000 } })
  @Post('sms-code')
  sendCode(@Body('phone') phone: string) {
    return this.auth.sendCode(phone);
  }

  @Throttle({ default: { limit: 5, ttl: 60000 } })
  @Post('login')
  login(@Body('phone') phone: string, @Body('code') code: string) {
    return this.auth.login(phone, code);
  }
}
