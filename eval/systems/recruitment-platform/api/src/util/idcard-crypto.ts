import { createCipheriv, randomBytes } from 'crypto';

// 身份证号字段加密（AES-256-GCM），密钥由 KMS 下发到环境变量
const key = Buffer.from(process.env.IDCARD_KEY as string, 'hex');

export function encryptIdCard(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv.toString('base64'), cipher.getAuthTag().toString('base64'), enc.toString('base64')].join('.');
}
