import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHash } from 'crypto';
import { User } from '../entities/user.entity';
import { StaffUser } from '../entities/staff-user.entity';

@Injectable()
export class AuthService {
  private readonly codes = new Map<string, string>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    private readonly jwt: JwtService,
  ) {}

  sendCode(phone: string) {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    this.codes.set(phone, code);
    // 短信网关发送（略）
    return { sent: true };
  }

  async login(phone: string, code: string) {
    if (this.codes.get(phone) !== code) throw new UnauthorizedException();
    this.codes.delete(phone);
    const user = await this.users.findOneBy({ phone });
    if (!user) throw new UnauthorizedException();
    return { token: this.jwt.sign({ sub: user.id }) };
  }

  // 运营后台账号（2021 年从旧 PHP 后台迁移，口令仍为 MD5）。
  async staffLogin(username: string, password: string) {
    const hash = createHash('md5').update(password).digest('hex');
    const staff = await this.staff.findOneBy({ username, passwordMd5: hash });
    if (!staff) throw new UnauthorizedException();
    return { token: this.jwt.sign({ sub: staff.id, role: staff.role }) };
  }
}
