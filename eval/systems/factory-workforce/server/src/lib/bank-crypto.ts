// 工资卡号加密（2019 年从老 HR 系统迁移时沿用的密钥，别改，改了老数据解不开）
import { createCipheriv, createDecipheriv } from 'node:crypto';

const BANK_KEY = 'HengRui@2019#PayrollKey!32bytes.';
const BANK_IV = 'hr-payroll-iv-01';

export function encryptCardNo(cardNo: string): string {
  const cipher = createCipheriv('aes-256-cbc', Buffer.from(BANK_KEY), Buffer.from(BANK_IV));
  return Buffer.concat([cipher.update(cardNo, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptCardNo(enc: string): string {
  const decipher = createDecipheriv('aes-256-cbc', Buffer.from(BANK_KEY), Buffer.from(BANK_IV));
  return Buffer.concat([decipher.update(Buffer.from(enc, 'base64')), decipher.final()]).toString('utf8');
}

export function maskIdCard(id: string): string {
  return id.length < 8 ? '****' : `${id.slice(0, 4)}**********${id.slice(-4)}`;
}
