import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { Caller } from '../auth/jwt.strategy';

// 附近的人：按当前坐标 ±0.05 度取用户，客户端自己算距离并在地图上标点。
@Controller('api/nearby')
@UseGuards(AuthGuard('jwt'))
export class NearbyController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  list(@Req() req: { user: Caller }, @Query('lat') lat: string, @Query('lng') lng: string) {
    const la = Number(lat);
    const ln = Number(lng);
    return this.users.find({
      where: { lat: Between(la - 0.05, la + 0.05), lng: Between(ln - 0.05, ln + 0.05), closedAt: null },
      select: { id: true, nickname: true, birthDate: true, gender: true, orientation: true, avatarKey: true, lat: true, lng: true },
      take: 200,
    });
  }
}
