// Where the IV (nonce) given to a cipher comes from: a literal constant, the environment, a random
// generator called where it is used (crypto.randomBytes in the function), or a value the scan
// cannot trace (a parameter; a random value made once when the module loads, which is then the
// same for every call). PIPL-CODE-013 judges it; end to end, one fixed IV constant used to
// encrypt and to decrypt is one finding, a fresh random IV passes.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

const FILES: Record<string, string> = {
  'backend/package.json': '{ "name": "ev-fleet", "private": true, "dependencies": { "express": "^4.19.2" } }',
  // CBC with one IV for every ID number: equal numbers give equal ciphertexts.
  'backend/src/crypto/id-cipher.ts': `import { createCipheriv, createDecipheriv } from 'crypto';
const ID_KEY = process.env.ID_KEY as string;
const ID_IV = Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex');
export function encryptId(plain: string): string {
  const c = createCipheriv('aes-256-cbc', Buffer.from(ID_KEY, 'hex'), ID_IV);
  return Buffer.concat([c.update(plain, 'utf8'), c.final()]).toString('base64');
}
export function decryptId(enc: string): string {
  const d = createDecipheriv('aes-256-cbc', Buffer.from(ID_KEY, 'hex'), ID_IV);
  return Buffer.concat([d.update(Buffer.from(enc, 'base64')), d.final()]).toString('utf8');
}
`,
  // GCM with a fresh nonce per encryption, stored with the ciphertext; decrypting reads it back (a parameter).
  'backend/src/crypto/phone-cipher.ts': `import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
const KEY = Buffer.from(process.env.PHONE_KEY ?? '', 'hex');
export function seal(phone: string): string {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', KEY, nonce);
  const enc = Buffer.concat([c.update(phone, 'utf8'), c.final()]);
  return [nonce.toString('base64'), c.getAuthTag().toString('base64'), enc.toString('base64')].join('.');
}
export function open(sealed: string, iv: Buffer, tag: Buffer, enc: Buffer): string {
  const d = createDecipheriv('aes-256-gcm', KEY, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(enc), d.final()]).toString('utf8') + sealed.slice(0, 0);
}
`,
  // A nonce from the environment: one value for every encryption of the deployment.
  'backend/src/crypto/env-nonce.ts': `import { createCipheriv } from 'crypto';
export function sealAddress(address: string, key: Buffer): Buffer {
  const c = createCipheriv('aes-256-gcm', key, Buffer.from(process.env.ADDRESS_NONCE as string, 'hex'));
  return Buffer.concat([c.update(address, 'utf8'), c.final()]);
}
`,
  // Made once when the module loads: the same for every call of the process, and not a literal.
  'backend/src/crypto/module-iv.ts': `import { createCipheriv, randomBytes } from 'crypto';
const BOOT_IV = randomBytes(16);
export function sealName(name: string, key: Buffer): Buffer {
  const c = createCipheriv('aes-256-cbc', key, BOOT_IV);
  return Buffer.concat([c.update(name, 'utf8'), c.final()]);
}
`,
};

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
}

describe('cipher IVs: where each comes from', () => {
  it('a hex literal constant, the environment, randomBytes in the function, a parameter, a value made when the module loads', async () => {
    const r = await load(FILES);
    const ivs = (r.manifest.codeCredentialSites ?? [])
      .filter((s) => s.keyUse === 'cipher-iv')
      .map((s) => `${s.id.replace(/^.*src\//, '')} ${s.keySource} hardCoded=${s.hardCoded ?? '?'} ${s.name}`)
      .sort();
    expect(ivs).toEqual([
      'crypto/env-nonce.ts:3:48 environment hardCoded=false createCipheriv IV',
      'crypto/id-cipher.ts:5:71 literal hardCoded=true ID_IV',
      'crypto/id-cipher.ts:9:73 literal hardCoded=true ID_IV',
      'crypto/module-iv.ts:4:48 unknown hardCoded=? createCipheriv IV',
      'crypto/phone-cipher.ts:10:50 unknown hardCoded=? createDecipheriv IV',
      'crypto/phone-cipher.ts:5:48 random hardCoded=false createCipheriv IV',
    ]);
  });
});

describe('PIPL-CODE-013 through the CLI', () => {
  it('one finding per fixed IV (the constant used to encrypt and decrypt is one), the environment nonce another; the random nonce passes; untraced ones are not evaluated', () => {
    const dir = tempDir({
      ...FILES,
      'pipl-audit.yaml': 'version: 1\nmanifests: [manifest]\nsources:\n  - type: typescript\n    path: backend\n',
      'manifest/system.yaml': 'apiVersion: pipl-audit/v1\nsystem: { id: ev-fleet, name: EV fleet, sector: other }\nstores:\n  - id: drivers\n    kind: database\n    fields:\n      - { name: id_no, category: identity.id-number }\n',
    });
    const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Array<{ ruleId: string; status: string; evidence: Array<{ file: string; line?: number }>; message: { en: string }; members?: { count: number; items: Array<{ evidence: Array<{ file: string; line?: number }> }> } }> };
    const mine = report.findings.filter((f) => f.ruleId === 'PIPL-CODE-013');
    const by = (status: string) => mine.filter((f) => f.status === status);
    expect(by('FAIL')).toHaveLength(2);
    const fixed = by('FAIL').find((f) => f.message.en.includes('ID_IV'));
    expect(fixed?.message.en).toMatch(/a literal in the code/);
    // The mode is known ('aes-256-cbc'): its own consequence only, in both languages.
    expect(fixed?.message.en).toMatch(/in CBC mode equal plaintexts give equal ciphertexts/);
    expect(fixed?.message.en).not.toMatch(/GCM|nonce/);
    const zh = (fixed?.message as { zh?: string } | undefined)?.zh ?? '';
    expect(zh).toMatch(/CBC 模式下相同明文得到相同密文/);
    expect(zh).not.toMatch(/GCM/);
    const nonce = by('FAIL').find((f) => f.evidence.some((e) => e.file.endsWith('env-nonce.ts')));
    expect(nonce?.message.en).toMatch(/in GCM mode reusing a nonce breaks both confidentiality .* and integrity/);
    expect(nonce?.message.en).not.toMatch(/CBC/);
    // One cause, both calls cited: the encrypting and the decrypting call are its members.
    expect(fixed?.members?.count).toBe(2);
    const lines = (fixed?.members?.items ?? []).flatMap((m) => m.evidence).filter((e) => e.file.endsWith('id-cipher.ts')).map((e) => e.line);
    expect(new Set(lines)).toEqual(new Set([5, 9]));
    expect(by('FAIL').some((f) => f.evidence.some((e) => e.file.endsWith('env-nonce.ts')))).toBe(true);
    expect(by('PASS')).toHaveLength(1);
    // The two untraced IVs miss the same fact: one NOT_EVALUATED listing both.
    expect(by('NOT_EVALUATED')).toHaveLength(1);
    expect(by('NOT_EVALUATED')[0]?.members?.count).toBe(2);
  });
});

// An all-zero IV (Buffer.alloc(16), new Uint8Array(12), a hex string of zeros) is the same bytes on
// every call: a literal, fixed source. A zero buffer the file fills afterwards (randomFillSync) is not.
describe('cipher IVs: an all-zero buffer is a fixed IV', () => {
  const ZEROS: Record<string, string> = {
    'backend/package.json': '{ "name": "zero-iv", "private": true }',
    'backend/src/inline.ts': `import { createCipheriv } from 'crypto';
export function a(key: Buffer, s: string): Buffer {
  const c = createCipheriv('aes-256-cbc', key, Buffer.alloc(16));
  return Buffer.concat([c.update(s, 'utf8'), c.final()]);
}
export function b(key: Buffer, s: string): Buffer {
  const c = createCipheriv('aes-128-gcm', key, new Uint8Array(12));
  return Buffer.concat([c.update(s, 'utf8'), c.final()]);
}
export function c(key: Buffer, s: string): Buffer {
  const c = createCipheriv('aes-256-cbc', key, Buffer.from('00000000000000000000000000000000', 'hex'));
  return Buffer.concat([c.update(s, 'utf8'), c.final()]);
}
`,
    'backend/src/local.ts': `import { createCipheriv } from 'crypto';
const MODULE_IV = Buffer.alloc(16, 0);
export function d(key: Buffer, s: string): Buffer {
  const iv = Buffer.alloc(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([c.update(s, 'utf8'), c.final(), MODULE_IV]);
}
export function e(key: Buffer, s: string): Buffer {
  const c = createCipheriv('aes-256-cbc', key, MODULE_IV);
  return Buffer.concat([c.update(s, 'utf8'), c.final()]);
}
`,
    // Allocated, then filled at random where it is used: not zeros (and not traced as random).
    'backend/src/filled.ts': `import { createCipheriv, randomFillSync } from 'crypto';
export function f(key: Buffer, s: string): Buffer {
  const nonce = Buffer.alloc(12);
  randomFillSync(nonce);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  return Buffer.concat([nonce, c.update(s, 'utf8'), c.final()]);
}
`,
    // Buffer.alloc(16, 'a') / Buffer.alloc(size): not a zero buffer of a known length.
    'backend/src/other.ts': `import { createCipheriv } from 'crypto';
export function g(key: Buffer, s: string, size: number): Buffer {
  const c = createCipheriv('aes-256-cbc', key, Buffer.alloc(size));
  return Buffer.concat([c.update(s, 'utf8'), c.final()]);
}
`,
  };

  it('Buffer.alloc(n), Buffer.alloc(n, 0), new Uint8Array(n) and a hex string of zeros are literal; a filled or unsized buffer is untraced', async () => {
    const r = await load(ZEROS);
    const ivs = (r.manifest.codeCredentialSites ?? [])
      .filter((s) => s.keyUse === 'cipher-iv')
      .map((s) => `${s.id.replace(/^.*src\//, '')} ${s.keySource} hardCoded=${s.hardCoded ?? '?'} ${s.name} ${s.keyPreview ?? '-'} ${s.keyBytes ?? '-'}`)
      .sort();
    expect(ivs).toEqual([
      'filled.ts:5:48 unknown hardCoded=? createCipheriv IV - -',
      'inline.ts:11:48 literal hardCoded=true createCipheriv IV 00…(32 characters) 16',
      'inline.ts:3:48 literal hardCoded=true createCipheriv IV 00…(32 characters) 16',
      'inline.ts:7:48 literal hardCoded=true createCipheriv IV 00…(24 characters) 12',
      'local.ts:5:48 literal hardCoded=true iv 00…(24 characters) 12',
      'local.ts:9:48 literal hardCoded=true MODULE_IV 00…(32 characters) 16',
      'other.ts:3:48 unknown hardCoded=? createCipheriv IV - -',
    ]);
  });
});

// The cipher's mode on the IV site, where the algorithm is a literal or a constant of the file.
describe('cipher IVs: the mode of the cipher', () => {
  it('is read from a literal or constant algorithm, and CryptoJS mode option (CBC by default); absent when unresolved', async () => {
    const r = await load({
      'backend/package.json': '{ "name": "modes", "private": true }',
      'backend/src/modes.ts': `import { createCipheriv } from 'crypto';
import CryptoJS from 'crypto-js';
const ALGO = 'sm4-cbc';
const IV = Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex');
export const a = (k: Buffer) => createCipheriv(ALGO, k, IV);
export const b = (k: Buffer) => createCipheriv('aes-128-gcm', k, IV);
export const c = (k: Buffer) => createCipheriv('aes-256-ctr', k, IV);
export const d = (k: Buffer) => createCipheriv('chacha20-poly1305', k, IV);
export const e = (k: Buffer, algo: string) => createCipheriv(algo, k, IV);
export const f = (k: Buffer) => createCipheriv('aes256', k, IV);
export const g = (s: string, k: string) => CryptoJS.AES.encrypt(s, k, { iv: IV });
export const h = (s: string, k: string) => CryptoJS.AES.encrypt(s, k, { iv: IV, mode: CryptoJS.mode.CTR });
`,
    });
    const modes = (r.manifest.codeCredentialSites ?? [])
      .filter((s) => s.keyUse === 'cipher-iv')
      .map((s) => `${s.id.replace(/^.*src\//, '').replace(/:\d+$/, '')} ${s.cipherMode ?? '-'}`)
      .sort((x, y) => Number(x.split(/[: ]/)[1]) - Number(y.split(/[: ]/)[1]));
    expect(modes).toEqual(['modes.ts:5 cbc', 'modes.ts:6 gcm', 'modes.ts:7 ctr', 'modes.ts:8 chacha20-poly1305', 'modes.ts:9 -', 'modes.ts:10 cbc', 'modes.ts:11 cbc', 'modes.ts:12 ctr']);
  });
});

// An algorithm from the environment with a literal fallback, or a constant another file of the
// project exports (a literal, or itself `process.env.X || '…'`), found through the imports.
describe('cipher IVs: the mode of an algorithm given by a fallback or an imported constant', () => {
  it('reads the fallback of || and ??, and a constant imported from a file of the project; an env value alone or an unknown import stays unknown', async () => {
    const r = await load({
      'backend/package.json': '{ "name": "modes2", "private": true }',
      'backend/src/config/crypto.ts': `export const CIPHER_ALGO = 'aes-256-gcm';
export const FIELD_ALGO = process.env.FIELD_CIPHER ?? 'sm4-cbc';
export const ENV_ALGO = process.env.ENV_CIPHER as string;
`,
      'backend/src/fields.ts': `import { createCipheriv } from 'crypto';
import { CIPHER_ALGO, FIELD_ALGO, ENV_ALGO } from './config/crypto';
import * as cfg from './config/crypto';
import { MISSING } from 'some-package';
const IV = Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex');
const ALGORITHM = process.env.CIPHER || 'aes-256-cbc';
export const a = (k: Buffer) => createCipheriv(process.env.CIPHER || 'aes-256-ctr', k, IV);
export const b = (k: Buffer) => createCipheriv(ALGORITHM, k, IV);
export const c = (k: Buffer) => createCipheriv(CIPHER_ALGO, k, IV);
export const d = (k: Buffer) => createCipheriv(FIELD_ALGO, k, IV);
export const e = (k: Buffer) => createCipheriv(cfg.CIPHER_ALGO, k, IV);
export const f = (k: Buffer) => createCipheriv(ENV_ALGO, k, IV);
export const g = (k: Buffer) => createCipheriv(MISSING, k, IV);
`,
    });
    const modes = (r.manifest.codeCredentialSites ?? [])
      .filter((s) => s.keyUse === 'cipher-iv')
      .map((s) => `${s.id.replace(/^.*src\//, '').replace(/:\d+$/, '')} ${s.cipherMode ?? '-'}`)
      .sort((x, y) => Number(x.split(/[: ]/)[1]) - Number(y.split(/[: ]/)[1]));
    expect(modes).toEqual(['fields.ts:7 ctr', 'fields.ts:8 cbc', 'fields.ts:9 gcm', 'fields.ts:10 cbc', 'fields.ts:11 gcm', 'fields.ts:12 -', 'fields.ts:13 -']);
  });
});
