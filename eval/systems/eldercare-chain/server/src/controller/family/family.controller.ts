import { Controller, Get, Post, Inject, Param, Body, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { FamilyAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { FamilyMember } from '../../entity/family-member.entity';
import { HealthRecord } from '../../entity/health-record.entity';
import { RoomCamera } from '../../entity/room-camera.entity';
import { VisitBooking } from '../../entity/visit-booking.entity';

/** 家属 App（颐年家） */
@Controller('/family', { middleware: [FamilyAuthMiddleware] })
export class FamilyController {
  @Inject()
  ctx: Context;

  @InjectEntityModel(FamilyMember)
  familyModel: Repository<FamilyMember>;

  @InjectEntityModel(HealthRecord)
  healthModel: Repository<HealthRecord>;

  @InjectEntityModel(RoomCamera)
  cameraModel: Repository<RoomCamera>;

  @InjectEntityModel(VisitBooking)
  visitModel: Repository<VisitBooking>;

  /** 我绑定的长者 */
  @Get('/my-residents')
  async myResidents() {
    const user = this.ctx.state.user;
    return this.familyModel.find({
      select: ['id', 'residentId', 'relation', 'isGuardian', 'canViewVideo'],
      where: { guardianUserId: user.sub },
    });
  }

  /** 长者近 30 条健康记录（体征、病情） */
  @Get('/residents/:residentId/health')
  async health(@Param('residentId') residentId: number) {
    return this.healthModel.find({
      where: { residentId },
      order: { recordedAt: 'DESC' },
      take: 30,
    });
  }

  /** 云探视：房间实时画面 */
  @Get('/live/:roomId')
  async live(@Param('roomId') roomId: number) {
    const user = this.ctx.state.user;
    const allowed = await this.familyModel.findOne({ where: { guardianUserId: user.sub, canViewVideo: true } });
    if (!allowed) {
      throw new httpError.ForbiddenError('未开通云探视');
    }
    const cam = await this.cameraModel.findOne({ where: { roomId } });
    return { url: cam?.streamUrl, expiresIn: 600 };
  }

  /** 预约探视 */
  @Post('/visits')
  async book(@Body() body: Partial<VisitBooking>) {
    const user = this.ctx.state.user;
    const link = await this.familyModel.findOne({ where: { guardianUserId: user.sub, residentId: body.residentId } });
    if (!link) {
      throw new httpError.ForbiddenError();
    }
    const v = this.visitModel.create({ ...body, guardianUserId: user.sub });
    await this.visitModel.save(v);
    return { id: v.id };
  }
}
