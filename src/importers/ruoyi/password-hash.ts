// How a sys_user.password value is stored, judged by its form. RuoYi stores BCrypt
// (SecurityUtils.encryptPassword → Spring's BCryptPasswordEncoder, `$2a$10$…`); a fork or a
// migration may leave MD5 or SHA digests (RuoYi 4.x's Shiro version stored MD5 of
// loginName+password+salt) or the password itself.
import type { PasswordStorageEntry } from '../../inventory/manifest-schema.js';

/** The hash of "admin123" that RuoYi's seed script gives its demo accounts admin and ry. */
export const SHIPPED_DEMO_HASH = '$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2';
export const DEMO_ACCOUNTS = new Set(['admin', 'ry']);

export function storageOf(password: string | undefined): PasswordStorageEntry | undefined {
  if (password === undefined || password === '') return undefined;
  const bcrypt = /^\$2[abxy]?\$(\d{2})\$[./A-Za-z0-9]{53}$/.exec(password);
  if (bcrypt) return { algorithm: 'bcrypt', cost: Number(bcrypt[1]), salted: true };
  if (/^\{bcrypt\}\$2[abxy]?\$\d{2}\$/.test(password)) return { algorithm: 'bcrypt', cost: Number(password.slice(12, 14)), salted: true };
  if (/^\$argon2id\$/.test(password)) return { algorithm: 'argon2id', salted: true };
  if (/^\$argon2i\$/.test(password)) return { algorithm: 'argon2i', salted: true };
  if (/^(\$s0\$|\$scrypt\$|\{scrypt\})/.test(password)) return { algorithm: 'scrypt', salted: true };
  if (/^\{(MD5|md5)\}/.test(password)) return { algorithm: 'md5' };
  if (/^\{(SHA-?256|sha256)\}/.test(password)) return { algorithm: 'sha256' };
  if (/^[0-9a-fA-F]{32}$/.test(password)) return { algorithm: 'md5' };
  if (/^[0-9a-fA-F]{40}$/.test(password)) return { algorithm: 'sha1' };
  if (/^[0-9a-fA-F]{64}$/.test(password)) return { algorithm: 'sha256' };
  if (/^[0-9a-fA-F]{128}$/.test(password)) return { algorithm: 'sha512' };
  // No hash form: a value this short, without a scheme prefix, is the password itself.
  if (password.length < 32 && !password.startsWith('$') && !password.startsWith('{')) return { algorithm: 'plaintext' };
  return { algorithm: 'unknown' };
}
