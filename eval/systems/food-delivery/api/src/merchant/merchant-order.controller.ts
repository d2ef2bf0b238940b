import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../common/prisma.service';
import { Roles, RolesGuard } from '../auth/roles';

@Controller('merchant/orders')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('merchant')
export class MerchantOrderController {
  constructor(private prisma: PrismaService) {}

  // 商家接单列表：本店订单
  @Get()
  async list(@Req() req, @Query('status') status?: string) {
    return this.prisma.order.findMany({
      where: { merchantId: req.user.merchantId, status },
      select: { orderNo: true, items: true, amount: true, remark: true, contactName: true, contactPhone: true, addressDetail: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
  }

  // 历史订单按手机号查（顾客来电催单、售后）
  @Get('by-phone')
  async byPhone(@Query('phone') phone: string) {
    return this.prisma.order.findMany({ where: { contactPhone: phone }, take: 50 });
  }
}
