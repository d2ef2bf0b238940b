import { Controller, Post, Inject, Param, UseGuard } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { StaffAuthMiddleware } from '../../middleware/keycloak-auth.middleware';
import { RoleGuard } from '../../guard/role.guard';
import { Role } from '../../decorator/role.decorator';
import { LtciService } from '../../service/ltci.service';

@Controller('/staff/ltci', { middleware: [StaffAuthMiddleware] })
@UseGuard(RoleGuard)
export class LtciController {
  @Inject()
  ctx: Context;

  @Inject()
  ltciService: LtciService;

  /** 医保专员按月提交本院区长护险结算 */
  @Post('/claims/:month/submit')
  @Role(['ltci-clerk'])
  async submit(@Param('month') month: string) {
    const user = this.ctx.state.user;
    return this.ltciService.submitMonth(month, user.homeId);
  }
}
