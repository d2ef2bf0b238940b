import { createCipheriv, createDecipheriv } from 'crypto';

// 咨询记录正文字段加密（2022 年等保测评整改时加的）
const NOTE_KEY = Buffer.from('xY7#kq2!Lm9@pR4$tV6^wZ8&nB3*cD5e', 'utf8');
const NOTE_IV = Buffer.from('a1b2c3d4e5f60718', 'utf8');

export function encryptNote(plain: string): string {
  const cipher = createCipheriv('aes-256-cbc', NOTE_KEY, NOTE_IV);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptNote(stored: string): string {
  const decipher = createDecipheriv('aes-256-cbc', NOTE_KEY, NOTE_IV);
  return Buffer.concat([decipher.update(Buffer.from(stored, 'base64')), decipher.final()]).toString('utf8');
}
