import { Controller, Get, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { DeviceAuthMiddleware } from '../../middleware/device-auth.middleware';
import { FaceTemplate } from '../../entity/face-template.entity';

/** 门禁人脸终端每 10 分钟拉取本院区特征值（终端本地比对） */
@Controller('/device/face', { middleware: [DeviceAuthMiddleware] })
export class FaceTerminalController {
  @Inject()
  ctx: Context;

  @InjectEntityModel(FaceTemplate)
  faceModel: Repository<FaceTemplate>;

  @Get('/templates')
  async templates() {
    const sn: string = this.ctx.state.device.sn;
    const homeId = Number(sn.split('-')[1]);
    return this.faceModel.find({
      select: ['id', 'personType', 'personRef', 'feature'],
      where: { homeId },
      take: 5000,
    });
  }
}
