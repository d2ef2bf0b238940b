import { Controller, Get, Post, Inject, Param, Body, UseGuard } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { StaffAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { RoleGuard } from '../../guard/role.guard';
import { Role } from '../../decorator/role.decorator';
import { HealthRecord } from '../../entity/health-record.entity';

@Controller('/staff/health', { middleware: [StaffAuthMiddleware] })
@UseGuard(RoleGuard)
export class HealthController {
  @Inject()
  ctx: Context;

  @InjectEntityModel(HealthRecord)
  healthModel: Repository<HealthRecord>;

  /** 健康档案（本院区） */
  @Get('/resident/:residentId')
  @Role(['nurse', 'physician', 'home-manager'])
  async list(@Param('residentId') residentId: number) {
    const user = this.ctx.state.user;
    return this.healthModel.find({
      where: { residentId, homeId: user.homeId },
      order: { recordedAt: 'DESC' },
      take: 100,
    });
  }

  @Post('/resident/:residentId')
  @Role(['nurse', 'physician', 'caregiver'])
  async add(@Param('residentId') residentId: number, @Body() body: Partial<HealthRecord>) {
    const user = this.ctx.state.user;
    const rec = this.healthModel.create({ ...body, residentId, homeId: user.homeId, recordedBy: user.username });
    await this.healthModel.save(rec);
    return { id: rec.id };
  }
}
