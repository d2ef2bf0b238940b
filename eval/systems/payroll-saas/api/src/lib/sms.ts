import Redis from 'ioredis';

export const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/2');

// 阿里云短信，模板 SMS_2718xxxx：“您的验证码为${code}，5分钟内有效”
export async function sendSmsCode(mobile: string): Promise<string> {
  const code = String(Math.floor(1000 + Math.random() * 9000));
  await redis.set(`sms:login:${mobile}`, code, 'EX', 300);
  // TODO 接入 @alicloud/dysmsapi20170525（现由运维脚本转发）
  return code;
}

export async function checkSmsCode(mobile: string, code: string): Promise<boolean> {
  const saved = await redis.get(`sms:login:${mobile}`);
  return saved === code;
}
