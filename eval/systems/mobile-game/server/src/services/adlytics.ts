import axios from 'axios';
import { config } from '../config';

// 投放归因：服务端补报注册/付费事件（Adlytics Inc., 美国）。
export async function reportEvent(event: string, player: any, extra: Record<string, unknown> = {}) {
  await axios.post(config.adlytics.endpoint, {
    app_key: config.adlytics.appKey,
    event,
    oaid: player.oaid,
    device_id: player.deviceId,
    ip: player.lastLoginIp,
    customer_user_id: player.phone,
    ...extra,
  });
}
