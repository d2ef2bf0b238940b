import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../common/prisma.service';
import { Roles, RolesGuard } from '../auth/roles';

// 客服后台（自有客服 + 外包客服“云帆客服”）
@Controller('admin/cs')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('cs', 'cs-lead')
export class CsController {
  constructor(private prisma: PrismaService) {}

  // 按手机号查顾客（支持尾号模糊查）
  @Get('customers')
  async searchCustomers(@Query('phone') phone: string) {
    return this.prisma.customer.findMany({ where: { phone: { contains: phone } }, include: { addresses: true, orders: true } });
  }

  // 订单详情（客诉处理）
  @Get('orders/:orderNo')
  async order(@Param('orderNo') orderNo: string) {
    return this.prisma.order.findUnique({ where: { orderNo }, select: { orderNo: true, status: true, items: true, amount: true, contactName: true, virtualNumber: true, createdAt: true } });
  }

  // 骑手轨迹（客诉：骑手绕路、未送达）
  @Get('riders/:id/track')
  async riderTrack(@Param('id') id: string, @Query('from') from: string) {
    return this.prisma.riderLocation.findMany({ where: { riderId: Number(id), at: { gte: new Date(from) } }, orderBy: { at: 'asc' } });
  }
}
