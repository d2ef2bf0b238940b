import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../common/prisma.service';
import { Roles, RolesGuard } from '../auth/roles';

@Controller('admin/ops')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('ops')
export class OpsController {
  constructor(private prisma: PrismaService) {}

  // 骑手档案（站点管理、资质审核）
  @Get('riders')
  async riders(@Query('cityCode') cityCode: string) {
    return this.prisma.rider.findMany({ where: { cityCode }, take: 200 });
  }

  // 订单导出（城市运营做用户分析、拉新回访）
  @Get('orders/export')
  async exportOrders(@Query('cityCode') cityCode: string, @Query('from') from: string) {
    return this.prisma.order.findMany({
      where: { merchant: { cityCode }, createdAt: { gte: new Date(from) } },
      select: { orderNo: true, contactName: true, contactPhone: true, addressDetail: true, amount: true, items: true, createdAt: true },
    });
  }

  // 城市经营看板：按天汇总单量和金额
  @Get('dashboard')
  async dashboard(@Query('cityCode') cityCode: string) {
    return this.prisma.order.groupBy({ by: ['status'], where: { merchant: { cityCode } }, _count: { _all: true }, _sum: { amount: true } });
  }
}
