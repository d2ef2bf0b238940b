import { createCipheriv, createDecipheriv } from 'node:crypto';

// 身份证号、手机号字段加密（与 LIS 库 id_card_enc / phone_enc 一致，2021 年由迈科提供）。
const FIELD_KEY = Buffer.from('9f3c2a7be41d08c6a5f2e7b3d19c4a60f8e2b7c5d3a1906e4f7b2c8d5a3e1f09', 'hex');
const FIELD_IV = Buffer.from('3a7c1e9f5b2d8a4c6e0f1b3d5a7c9e2f', 'hex');

export function encryptField(plain: string): string {
  const cipher = createCipheriv('aes-256-cbc', FIELD_KEY, FIELD_IV);
  return 'ENC:' + Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptField(enc: string): string {
  const decipher = createDecipheriv('aes-256-cbc', FIELD_KEY, FIELD_IV);
  return Buffer.concat([decipher.update(Buffer.from(enc.slice(4), 'base64')), decipher.final()]).toString('utf8');
}
