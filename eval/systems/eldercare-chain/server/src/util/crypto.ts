import { createCipheriv, createDecipheriv } from 'crypto';
import { ValueTransformer } from 'typeorm';

// 身份证号、长护险卡号列加密（2021 年等保测评整改时加的）
const FIELD_KEY = 'YnCare#2021@Key!';
const FIELD_IV = '0102030405060708';

export function encryptField(plain: string): string {
  if (!plain) return plain;
  const cipher = createCipheriv('aes-128-cbc', FIELD_KEY, FIELD_IV);
  return cipher.update(plain, 'utf8', 'base64') + cipher.final('base64');
}

export function decryptField(enc: string): string {
  if (!enc) return enc;
  const decipher = createDecipheriv('aes-128-cbc', FIELD_KEY, FIELD_IV);
  return decipher.update(enc, 'base64', 'utf8') + decipher.final('utf8');
}

export const encryptedColumn: ValueTransformer = {
  to: (v: string) => encryptField(v),
  from: (v: string) => decryptField(v),
};

export function maskIdCard(v: string): string {
  return v ? v.slice(0, 3) + '***********' + v.slice(-4) : v;
}

export function maskPhone(v: string): string {
  return v ? v.slice(0, 3) + '****' + v.slice(-4) : v;
}
