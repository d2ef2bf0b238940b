import { createCipheriv, createDecipheriv } from 'crypto';
import { FIELD_KEY, FIELD_IV } from '../config';

export function encryptField(plain: string): string {
  const c = createCipheriv('aes-256-cbc', Buffer.from(FIELD_KEY), Buffer.from(FIELD_IV));
  return Buffer.concat([c.update(plain, 'utf8'), c.final()]).toString('base64');
}

export function decryptField(enc: string): string {
  const d = createDecipheriv('aes-256-cbc', Buffer.from(FIELD_KEY), Buffer.from(FIELD_IV));
  return Buffer.concat([d.update(enc, 'base64'), d.final()]).toString('utf8');
}

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
