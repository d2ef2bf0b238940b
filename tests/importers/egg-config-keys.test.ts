// egg-jwt signs and verifies with the secret config/config.default sets (`config.jwt = { secret }`),
// given to the calls as `app.config.jwt.secret`: a literal there is a key written in code.
import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { scanCode } from '../support/scan-code.js';
import { tempDir } from '../support/temp-dir.js';

const clinic = (config: string) =>
  tempDir({
    'package.json': '{"name":"clinic","dependencies":{"egg":"3","egg-jwt":"3"}}',
    'config/config.default.ts': config,
    'app/router.ts': "export default (app) => { const { router, controller } = app; router.post('/api/login', controller.session.login); };",
    'app/controller/session.ts': [
      "import { Controller } from 'egg';",
      'export default class SessionController extends Controller {',
      '  async login() {',
      '    const { ctx, app } = this;',
      "    ctx.body = { token: app.jwt.sign({ id: 1 }, app.config.jwt.secret, { expiresIn: '2h' }) };",
      '  }',
      '}',
    ].join('\n'),
    'app/middleware/doctor_auth.ts': [
      'export default () => async (ctx, next) => {',
      "  ctx.state.user = ctx.app.jwt.verify(String(ctx.get('authorization')), ctx.app.config.jwt.secret);",
      '  await next();',
      '};',
    ].join('\n'),
    'app/service/records.ts': [
      "import { Service } from 'egg';",
      "import * as crypto from 'crypto';",
      'export default class RecordsService extends Service {',
      "  seal(text: string, iv: Buffer) { return crypto.createCipheriv('aes-128-cbc', this.config.clinic.recordKey, iv).update(text, 'utf8', 'hex'); }",
      '}',
    ].join('\n'),
  });

const keys = async (config: string) => {
  const r = await scanCode(clinic(config), emptyInventory());
  return (r.manifest.codeCredentialSites ?? []).filter((s) => s.kind === 'key' && s.keyUse !== 'cipher-iv').map((s) => [s.keyUse, s.name, s.keySource, s.hardCoded, s.keyId]).sort();
};

describe('keys an Egg application takes from its config', () => {
  it('reads the egg-jwt secret and a cipher key written in config.default as keys in code, one key for every call given it', async () => {
    const config = [
      "import { EggAppConfig, PowerPartial } from 'egg';",
      'export default () => {',
      '  const config = {} as PowerPartial<EggAppConfig>;',
      "  config.jwt = { secret: 'clinic-portal-2019' };",
      "  config.clinic = { recordKey: 'Cl1nic#RecordKey' };",
      '  return config;',
      '};',
    ].join('\n');
    expect(await keys(config)).toEqual([
      ['cipher-key', 'config.clinic.recordKey', 'literal', true, 'config.clinic.recordKey@config/config.default.ts:5:32'],
      ['jwt-signing', 'config.jwt.secret', 'literal', true, 'config.jwt.secret@config/config.default.ts:4:26'],
      ['jwt-verification', 'config.jwt.secret', 'literal', true, 'config.jwt.secret@config/config.default.ts:4:26'],
    ]);
  });

  it('reads a secret the config takes from the environment as such, and one it does not set as read from the configuration', async () => {
    const config = ['export default () => {', '  const config: any = {};', '  config.jwt = { secret: process.env.CLINIC_JWT_SECRET };', '  return config;', '};'].join('\n');
    expect(await keys(config)).toEqual([
      ['cipher-key', 'createCipheriv key', 'environment', false, undefined],
      ['jwt-signing', 'config.jwt.secret', 'environment', false, undefined],
      ['jwt-verification', 'config.jwt.secret', 'environment', false, undefined],
    ]);
  });
});
