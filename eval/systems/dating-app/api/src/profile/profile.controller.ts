import { Controller, Get, NotFoundException, Param, ParseIntPipe, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { Caller } from '../auth/jwt.strategy';

@Controller('api/profiles')
@UseGuards(AuthGuard('jwt'))
export class ProfileController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  // 我的资料
  @Get('me')
  me(@Req() req: { user: Caller }) {
    return this.users.findOneBy({ id: req.user.userId });
  }

  // 查看他人公开资料卡（昵称、年龄、城市、简介、头像）。
  @Get(':id')
  async card(@Param('id', ParseIntPipe) id: number) {
    const user = await this.users.findOne({
      where: { id, closedAt: null },
      select: { id: true, nickname: true, birthDate: true, city: true, bio: true, avatarKey: true },
    });
    if (!user) throw new NotFoundException();
    return user;
  }
}
