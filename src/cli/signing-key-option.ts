// `--sign-key FILE`: the Ed25519 private key (PEM) evidence records are signed with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { readPrivateKey } from '../evidence/sign-record.js';
import { UsageError } from './cli-error.js';

export function loadSigningKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UsageError({ zh: `无法读取签名私钥 ${file}`, en: `cannot read the signing key ${file}` });
  }
  try {
    return readPrivateKey(pem);
  } catch (error) {
    throw new UsageError({ zh: `${file} 不是 PEM 格式的 Ed25519 私钥：${(error as Error).message}`, en: `${file} is not an Ed25519 private key in PEM: ${(error as Error).message}` });
  }
}
