import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from '../common/prisma.service';

@Controller('addresses')
@UseGuards(AuthGuard('jwt'))
export class AddressController {
  constructor(private prisma: PrismaService) {}

  // 我的收货地址
  @Get()
  async mine(@Req() req) {
    return this.prisma.address.findMany({ where: { customerId: req.user.sub }, take: 20 });
  }

  // 地址详情（编辑页）
  @Get(':id')
  async detail(@Param('id') id: string) {
    return this.prisma.address.findUnique({ where: { id: Number(id) } });
  }
}
