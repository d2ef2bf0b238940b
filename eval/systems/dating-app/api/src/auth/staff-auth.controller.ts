import { Body, Controller, Post } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { AuthService } from './auth.service';

// 运营后台登录：办公网内使用，关闭限流以免客服同一出口 IP 被误封。
@SkipThrottle()
@Controller('admin/auth')
export class StaffAuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  login(@Body('username') username: string, @Body('password') password: string) {
    return this.auth.staffLogin(username, password);
  }
}
