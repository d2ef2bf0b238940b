// CommonJS Express projects export their rate limiters the CommonJS way — `module.exports.loginLimit
// = rateLimit({…})`, `exports.smsGuard = …`, `module.exports = { otp: rateLimit({…}) }`,
// `module.exports = rateLimit({…})` — and take them with `require`: whole (`const limits =
// require('./limits')`, used as `limits.loginLimit`) or destructured (`const { loginLimit } =
// require(…)`). A limiter is known by the package its call comes from, never by the name it is
// given; a name bound to something else limits nothing. Routers taken with `require` are mounted
// as imported ones are. The scanned code is parsed, never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

async function load(dir: string): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
}
const routeOf = (r: ImportResult, id: string) => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  return route as CodeRoute;
};

const ROUTES = `const express = require('express');
const limits = require('../middleware/limits');
const { smsGuard, otp, plain } = require('../middleware/limits');
const captchaGate = require('../middleware/captcha-gate');
const router = express.Router();

router.post('/login', limits.loginLimit, (req, res) => res.json({ ok: true }));
router.post('/sms/send', smsGuard, (req, res) => res.json({ ok: true }));
router.post('/otp/verify', otp, (req, res) => res.json({ ok: true }));
router.post('/captcha', captchaGate, (req, res) => res.json({ ok: true }));
router.post('/reset', plain, (req, res) => res.json({ ok: true }));
router.post('/reset2', limits.plain, (req, res) => res.json({ ok: true }));

module.exports = router;
`;

const LIMITS = `const rateLimit = require('express-rate-limit');
const bodyParser = require('body-parser');
module.exports.loginLimit = rateLimit({ windowMs: 15 * 60 * 1000, max: 5 });
exports.smsGuard = rateLimit({ windowMs: 60 * 1000, max: 1 });
module.exports.plain = bodyParser.json({ limit: '1mb' });
`;

describe('typescript importer: CommonJS limiters and routers', () => {
  it('module.exports.x / exports.x bound to a limiter call limit the routes that require them, whole or destructured', async () => {
    const r = await load(tempDir({
      'package.json': '{"name":"shop","dependencies":{"express":"4","express-rate-limit":"7"}}',
      'src/routes/auth.js': ROUTES,
      'src/middleware/limits.js': LIMITS + "Object.assign(module.exports, {});\n",
      'src/middleware/captcha-gate.js': "const rateLimit = require('express-rate-limit');\nmodule.exports = rateLimit({ windowMs: 60000, max: 3 });\n",
    }));
    expect(routeOf(r, 'POST:/login')).toMatchObject({ rateLimited: true });
    expect(routeOf(r, 'POST:/sms/send')).toMatchObject({ rateLimited: true });
    // module.exports = rateLimit(…) is the module itself.
    expect(routeOf(r, 'POST:/captcha')).toMatchObject({ rateLimited: true });
    // A body parser exported the same way limits nothing.
    expect(routeOf(r, 'POST:/reset')).toMatchObject({ rateLimited: false });
    expect(routeOf(r, 'POST:/reset2')).toMatchObject({ rateLimited: false });
  });

  it('module.exports = { name: rateLimit(…), other }: each limiter by its export name', async () => {
    const r = await load(tempDir({
      'package.json': '{"name":"shop","dependencies":{"express":"4","express-rate-limit":"7"}}',
      'src/routes/auth.js': ROUTES,
      'src/middleware/limits.js': "const rateLimit = require('express-rate-limit');\nconst login = rateLimit({ max: 5 });\nconst nothing = (req, res, next) => next();\nmodule.exports = { loginLimit: login, otp: rateLimit({ max: 3 }), smsGuard: nothing, plain: nothing };\n",
      'src/middleware/captcha-gate.js': 'module.exports = (req, res, next) => next();\n',
    }));
    expect(routeOf(r, 'POST:/login')).toMatchObject({ rateLimited: true });
    expect(routeOf(r, 'POST:/otp/verify')).toMatchObject({ rateLimited: true });
    expect(routeOf(r, 'POST:/sms/send')).toMatchObject({ rateLimited: false });
    expect(routeOf(r, 'POST:/captcha')).toMatchObject({ rateLimited: false });
  });

  it('routers taken with require are mounted: module.exports = router (the whole module) and a destructured export', async () => {
    const r = await load(tempDir({
      'package.json': '{"name":"shop","dependencies":{"express":"4","mongoose":"8"}}',
      'src/app.js': [
        "const express = require('express');",
        "const authRoutes = require('./routes/auth');",
        "const { userRouter } = require('./routes/users');",
        "const { requireLogin } = require('./middleware/auth');",
        'const app = express();',
        "app.use('/api/auth', authRoutes);",
        "app.use('/api/users', requireLogin, userRouter);",
        'module.exports = app;',
      ].join('\n'),
      'src/routes/auth.js': "const express = require('express');\nconst router = express.Router();\nrouter.post('/login', (req, res) => res.json({ ok: true }));\nmodule.exports = router;\n",
      'src/routes/users.js': "const express = require('express');\nconst userRouter = express.Router();\nuserRouter.get('/:id', (req, res) => res.json({ id: req.params.id }));\nmodule.exports = { userRouter };\n",
      'src/middleware/auth.js': 'exports.requireLogin = (req, res, next) => { if (!req.user) return res.status(401).end(); next(); };\n',
    }));
    expect((r.manifest.codeRoutes ?? []).map((x) => x.id).sort()).toEqual(['GET:/api/users/:id', 'POST:/api/auth/login']);
    expect(routeOf(r, 'GET:/api/users/:id')).toMatchObject({ middleware: ['requireLogin'] });
  });
});
