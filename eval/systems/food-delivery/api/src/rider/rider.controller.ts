import { Body, Controller, Get, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import axios from 'axios';
import { PrismaService } from '../common/prisma.service';
import { Roles, RolesGuard } from '../auth/roles';

@Controller('rider')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('rider')
export class RiderController {
  constructor(private prisma: PrismaService) {}

  // 骑手 App 每 5 秒上报一次位置（高德定位 SDK）
  @Post('location')
  async report(@Req() req, @Body() body: { lat: number; lng: number; speed?: number }) {
    await this.prisma.riderLocation.create({ data: { riderId: req.user.sub, lat: body.lat, lng: body.lng, speed: body.speed } });
    return { ok: true };
  }

  // 当前配送单：只给虚拟号和地址
  @Get('orders/current')
  async current(@Req() req) {
    return this.prisma.order.findMany({
      where: { riderId: req.user.sub, status: 'DELIVERING' },
      select: { orderNo: true, contactName: true, virtualNumber: true, addressDetail: true, lat: true, lng: true, remark: true },
      take: 10,
    });
  }

  // 上线前人脸核验（防代跑）：腾讯云慧眼比对，照片原图存 OSS
  @Post('face-check')
  async faceCheck(@Req() req, @Body() body: { imageUrl: string }) {
    const rider = await this.prisma.rider.findUnique({ where: { id: req.user.sub } });
    const res = await axios.post('https://faceid.tencentcloudapi.example/ImageRecognition', { IdCard: rider.idCardNo, Name: rider.name, ImageUrl: body.imageUrl }, { headers: { 'x-api-key': process.env.FACEID_KEY } });
    await this.prisma.faceCheck.create({ data: { riderId: rider.id, imageUrl: body.imageUrl, score: res.data.Sim, passed: res.data.Sim >= 80 } });
    return { passed: res.data.Sim >= 80 };
  }
}
