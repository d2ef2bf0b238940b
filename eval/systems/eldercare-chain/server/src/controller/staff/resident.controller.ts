import { Controller, Get, Post, Inject, Query, Param, Body, UseGuard, httpError, ILogger } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { StaffAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { RoleGuard } from '../../guard/role.guard';
import { Role } from '../../decorator/role.decorator';
import { Resident } from '../../entity/resident.entity';
import { ResidentService } from '../../service/resident.service';
import { maskIdCard, maskPhone } from '../../util/crypto';

@Controller('/staff/residents', { middleware: [StaffAuthMiddleware] })
@UseGuard(RoleGuard)
export class ResidentController {
  @Inject()
  ctx: Context;

  @Inject()
  logger: ILogger;

  @Inject()
  residentService: ResidentService;

  @InjectEntityModel(Resident)
  residentModel: Repository<Resident>;

  /** 长者查询（三个院区 + 居家） */
  @Get('/search')
  @Role(['caregiver', 'nurse', 'physician', 'front-desk', 'home-manager', 'homecare-worker'])
  async search(@Query('keyword') keyword: string) {
    return this.residentService.search(keyword);
  }

  /** 长者详情：只看本院区 */
  @Get('/:id')
  @Role(['caregiver', 'nurse', 'physician', 'front-desk', 'home-manager'])
  async detail(@Param('id') id: number) {
    const user = this.ctx.state.user;
    const r = await this.residentModel.findOne({ where: { id } });
    if (!r || r.homeId !== user.homeId) {
      throw new httpError.NotFoundError();
    }
    return { ...r, idCardNo: maskIdCard(r.idCardNo), phone: maskPhone(r.phone), ltciCardNo: undefined };
  }

  /** 入住登记 */
  @Post('/')
  @Role(['front-desk', 'home-manager'])
  async admit(@Body() body: any) {
    this.logger.info('[admission] name=%s idCardNo=%s phone=%s home=%s', body.name, body.idCardNo, body.phone, body.homeId);
    const saved = await this.residentService.admit(body);
    return { id: saved.id };
  }
}
