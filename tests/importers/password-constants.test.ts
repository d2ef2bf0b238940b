// A module constant given to accounts as their password is a password in code, whatever it is
// called: an initial or reset password hashed into every new or reset account.
import { describe, expect, it } from 'vitest';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';

const passwords = (path: string, text: string) => parseCodeFile(path, text).credentials.filter((c) => c.kind === 'hard-coded-password').map((c) => [c.name, c.literal, c.at.line]);

describe('module constants given to accounts as their password', () => {
  it('reads a constant hashed into the password of created and reset accounts, once, where it is written', () => {
    const text = [
      "import * as crypto from 'crypto';",
      "const RESET_PASSWORD = 'Clinic2024';",
      'export class NurseAccounts {',
      '  hash(pw: string, salt: string) { return crypto.createHash("sha256").update(pw + salt).digest("hex"); }',
      "  create(row) { const salt = crypto.randomBytes(8).toString('hex'); return db.insert('nurse', { ...row, salt, password: this.hash(RESET_PASSWORD, salt) }); }",
      "  reset(id) { const salt = crypto.randomBytes(8).toString('hex'); return db.update('nurse', { id, salt, password: this.hash(RESET_PASSWORD, salt) }); }",
      '}',
    ].join('\n');
    expect(passwords('src/nurse-accounts.ts', text)).toEqual([['RESET_PASSWORD', 'Clinic2024', 2]]);
  });

  it('reads a bcrypt-hashed constant assigned to passwordHash, and one concatenated with a salt in a hash chain', () => {
    const text = [
      "import bcrypt from 'bcryptjs';",
      "import { createHash } from 'crypto';",
      "const INIT = 'welcome1';",
      "const FIRST_LOGIN = 'abc12345';",
      'export async function seed(user) {',
      '  user.passwordHash = await bcrypt.hash(INIT, 10);',
      "  return { login_pwd: createHash('md5').update(FIRST_LOGIN + user.salt).digest('hex') };",
      '}',
    ].join('\n');
    expect(passwords('src/seed.ts', text)).toEqual([['INIT', 'welcome1', 3], ['FIRST_LOGIN', 'abc12345', 4]]);
  });

  it('leaves a pepper or key hashed with the password, the user’s own password, and a field about a password', () => {
    const text = [
      "import { createHmac } from 'crypto';",
      "const PEPPER = 'p3pp3r-value';",
      "const MIN_LENGTH_TEXT = 'at least 8';",
      'export function register(body) {',
      '  const row = { password: hmac(PEPPER, body.password), confirmPassword: check(MIN_LENGTH_TEXT) };',
      '  return row;',
      '}',
    ].join('\n');
    expect(passwords('src/register.ts', text)).toEqual([]);
  });

  it('reports a constant named as a password once, by its own name', () => {
    const text = ["const DEFAULT_PASSWORD = 'changeme';", 'export const make = (u) => ({ ...u, password: hash(DEFAULT_PASSWORD) });'].join('\n');
    expect(passwords('src/make.ts', text)).toEqual([['DEFAULT_PASSWORD', 'changeme', 1]]);
  });
});
