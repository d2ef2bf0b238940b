// @nestjs/throttler's @SkipThrottle opts a route out of a global ThrottlerGuard: a log-in so opted
// out is not rate-limited (PIPL-CODE-007 reads `rateLimited`). The handler's decorator wins over
// its class's; `{ default: false }` re-enables; a @Throttle override under a skip limits nothing.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { filesUnder } from '../support/files-under.js';

const DIR = join(REPO_ROOT, 'tests/fixtures/typescript/skip-throttle');

const routes = (async () => {
  const inputs = filesUnder(DIR).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  const r = await typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
  return r.manifest.codeRoutes ?? [];
})();
const rateLimited = async (id: string) => {
  const r = (await routes).find((x) => x.id === id);
  expect(r, id).toBeDefined();
  return r?.rateLimited;
};

describe('typescript importer: @SkipThrottle under a global ThrottlerGuard', () => {
  it('a log-in with no skip is limited by the global guard', async () => {
    expect(await rateLimited('POST:/member/auth/login')).toBe(true);
  });

  it('@SkipThrottle() on the controller or @SkipThrottle({ default: true }) on the handler opts the log-in out', async () => {
    expect(await rateLimited('POST:/admin/auth/login')).toBe(false);
    expect(await rateLimited('POST:/member/auth/token')).toBe(false);
  });

  it('a @Throttle override under a skipped controller limits nothing', async () => {
    expect(await rateLimited('POST:/admin/auth/sso')).toBe(false);
  });

  it('the handler’s @SkipThrottle({ default: false }) re-enables the throttler its controller skips', async () => {
    expect(await rateLimited('POST:/admin/auth/otp')).toBe(true);
  });
});

// Named throttlers (ThrottlerModule.forRoot([{ name: 'short' }, { name: 'long' }])): the guard
// checks the skip per throttler, so a route skips throttling only where every one is skipped.
describe('typescript importer: @SkipThrottle with named throttlers', () => {
  const NAMED = join(REPO_ROOT, 'tests/fixtures/typescript/skip-named-throttlers');
  const named = (async () => {
    const inputs = filesUnder(NAMED).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
    const r = await typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
    return r.manifest.codeRoutes ?? [];
  })();
  const limited = async (id: string) => {
    const r = (await named).find((x) => x.id === id);
    expect(r, id).toBeDefined();
    return r?.rateLimited;
  };
  it('skipping one of two named throttlers leaves the route limited by the other', async () => {
    expect(await limited('POST:/auth/login')).toBe(true);
  });
  it('{ default: true } skips nothing when every throttler is named', async () => {
    expect(await limited('POST:/auth/sms-login')).toBe(true);
  });
  it('skipping every named throttler opts the route out', async () => {
    expect(await limited('POST:/auth/sso-login')).toBe(false);
  });
});
