import { Provide, Inject, ILogger } from '@midwayjs/core';
import { FallEvent } from '../entity/fall-event.entity';

@Provide()
export class AlarmService {
  @Inject()
  logger: ILogger;

  /** 推送到护士站与当班护理员手机（企业微信机器人） */
  async raise(ev: FallEvent) {
    await fetch(process.env.WECOM_ALARM_WEBHOOK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: `【${ev.eventType === 'fall' ? '跌倒' : '呼吸暂停'}】床位 ${ev.bedId}，请立即查看` } }),
    });
    this.logger.warn('alarm raised bed=%s type=%s', ev.bedId, ev.eventType);
  }
}
