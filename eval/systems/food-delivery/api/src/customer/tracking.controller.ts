import { Controller, ForbiddenException, Get, Param, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../common/prisma.service';

@Controller('orders')
@UseGuards(AuthGuard('jwt'))
export class TrackingController {
  constructor(private prisma: PrismaService) {}

  // 顾客看骑手位置：只能看自己配送中的订单，只给最新一个点
  @Get(':id/rider-location')
  async riderLocation(@Param('id') id: string, @Req() req) {
    const order = await this.prisma.order.findFirst({ where: { id: Number(id), customerId: req.user.sub, status: 'DELIVERING' } });
    if (!order) throw new ForbiddenException();
    return this.prisma.riderLocation.findFirst({ where: { riderId: order.riderId }, orderBy: { at: 'desc' }, select: { lat: true, lng: true, at: true } });
  }
}
