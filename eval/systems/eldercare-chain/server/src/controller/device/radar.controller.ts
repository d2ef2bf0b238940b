import { Controller, Get, Post, Query, Body, Inject } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { FallEvent } from '../../entity/fall-event.entity';
import { AlarmService } from '../../service/alarm.service';

/**
 * 床旁毫米波雷达（厂商网关推送）与护士站大屏。
 * 内网调用，网关和大屏都在护理站 VLAN 里，未加鉴权。
 */
@Controller('/device/radar')
export class RadarController {
  @Inject()
  alarmService: AlarmService;

  @InjectEntityModel(FallEvent)
  fallModel: Repository<FallEvent>;

  @Post('/events')
  async ingest(@Body() body: any) {
    const ev = this.fallModel.create({
      deviceSn: body.sn,
      bedId: body.bedId,
      residentId: body.residentId,
      eventType: body.type,
      heartRate: body.hr,
      breathRate: body.br,
      occurredAt: new Date(body.ts),
    });
    await this.fallModel.save(ev);
    if (ev.eventType === 'fall' || ev.eventType === 'apnea') {
      await this.alarmService.raise(ev);
    }
    return { ok: true };
  }

  /** 护士站大屏：某床最近的体征与事件 */
  @Get('/latest')
  async latest(@Query('bedId') bedId: string) {
    return this.fallModel.find({
      where: { bedId },
      order: { occurredAt: 'DESC' },
      take: 20,
    });
  }
}
