import axios from 'axios';
import { config } from '../config';

// 国家新闻出版署网络游戏防沉迷实名认证系统：实名认证校验。
export async function checkIdentity(ai: string, name: string, idNum: string) {
  const res = await axios.post(config.nppa.checkUrl, { ai, name, idNum }, {
    headers: { appId: config.nppa.appId, bizId: config.nppa.bizId },
    timeout: 5000,
  });
  return res.data?.data?.result;
}
