import { Controller, Get, Post, Inject, Param, Query, Body, UseGuard, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository, Between } from 'typeorm';
import { StaffAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { RoleGuard } from '../../guard/role.guard';
import { Role } from '../../decorator/role.decorator';
import { MedicationRecord } from '../../entity/medication-record.entity';
import { WardService } from '../../service/ward.service';

@Controller('/staff/mar', { middleware: [StaffAuthMiddleware] })
@UseGuard(RoleGuard)
export class MarController {
  @Inject()
  ctx: Context;

  @Inject()
  wardService: WardService;

  @InjectEntityModel(MedicationRecord)
  marModel: Repository<MedicationRecord>;

  /** 病区当日给药单（病区平板） */
  @Get('/ward/:wardId')
  @Role(['nurse', 'caregiver'])
  async wardSheet(@Param('wardId') wardId: number, @Query('date') date: string) {
    const user = this.ctx.state.user;
    if (!(await this.wardService.canAccessWard(user.sub, wardId))) {
      throw new httpError.ForbiddenError('not on duty for this ward');
    }
    const day = new Date(date);
    const next = new Date(day.getTime() + 86400000);
    return this.marModel.find({
      where: { wardId, scheduledAt: Between(day, next) },
      order: { scheduledAt: 'ASC' },
      take: 300,
    });
  }

  /** 扫码给药后回写 */
  @Post('/:id/administer')
  @Role(['nurse', 'caregiver'])
  async administer(@Param('id') id: number, @Body() body: { outcome: string }) {
    const user = this.ctx.state.user;
    await this.marModel.update({ id }, { outcome: body.outcome, givenAt: new Date(), givenBy: user.username });
    return { ok: true };
  }
}
