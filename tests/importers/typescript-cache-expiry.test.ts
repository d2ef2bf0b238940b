// A cache entry written with an expiry is deleted by the cache itself: each Redis write with a TTL
// (ioredis `set(k, v, 'EX', n)`, node-redis `set(k, v, { EX: n })`, `setex`/`setEx`, `expire`) is a
// deletion mechanism for the cache store its key is mapped to, as a scheduled deletion job is -
// stated as an enabled deletion job whose schedule is the longest expiry written (PIPL-RET-005
// reads it). A key mapped to no store, or to a store that is not a cache, states nothing. Parsed,
// never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push(
    { id: 'sms-codes', kind: 'cache', retention: { period: 'PT5M', trigger: 'collection' }, fields: [{ name: 'phone', category: 'contact.phone' }] },
    { id: 'sessions', kind: 'cache', fields: [{ name: 'user_id', category: 'identity.account' }] },
    { id: 'profiles', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }] },
  );
  return inventory;
}

const CODE = `import Redis from 'ioredis';
import { createClient } from 'redis';
const redis = new Redis();
const client = createClient();
export async function sendCode(phone: string, code: string) {
  await redis.set('sms_code:' + phone, code, 'EX', 300);
}
export async function resend(phone: string, code: string) {
  await redis.setex(\`sms_code:\${phone}\`, 120, code);
}
export async function keep(id: string, token: string) {
  await client.set(\`sessions:\${id}\`, token, { EX: 60 * 60 * 24 });
}
export async function cacheProfile(id: string, json: string) {
  await redis.set('profiles:' + id, json, 'EX', 600);
  await redis.set('unmapped:' + id, json, 'EX', 600);
  await redis.set('sms_code:plain', json);
}
`;

describe('cache expiry as deletion', () => {
  it('states an enabled deletion job per cache store written with an expiry, its schedule the longest expiry', async () => {
    const dir = tempDir({ 'package.json': '{"dependencies":{"ioredis":"5","redis":"4"}}', 'src/cache.ts': CODE });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\\\').join('/')));
    const r = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { stores: { sms_code: 'sms-codes' } }, declared: declared() });
    const jobs = (r.manifest.deletionJobs ?? []).map((j) => [j.stores, j.schedule, j.action, j.enabled]);
    expect(jobs).toEqual([
      [['sessions'], 'PT86400S', 'delete', true],
      [['sms-codes'], 'PT300S', 'delete', true],
    ]);
  });
});

describe('a cache key the mapping does not name', () => {
  const code = `import Redis from 'ioredis';
const redis = new Redis();
export async function sendCode(phone: string, code: string) {
  await redis.set(\`otp:login:\${phone}\`, code, 'EX', 300);
  await redis.set('captcha:' + phone, code, 'EX', 60);
  await redis.set('ratelimit:' + phone, '1', 'EX', 60);
}
`;
  async function load(caches: string[]) {
    const inventory = emptyInventory();
    for (const id of caches) inventory.stores.push({ id, kind: 'cache', fields: [{ name: 'phone', category: 'contact.phone' }] });
    inventory.stores.push({ id: 'captcha-log', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }] });
    const dir = tempDir({ 'package.json': '{"dependencies":{"ioredis":"5"}}', 'src/otp.ts': code });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\\\').join('/')));
    return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: inventory });
  }

  it('is the one cache store whose id starts with the key\'s name; a table is never one', async () => {
    const r = await load(['otp-codes', 'sessions']);
    expect((r.manifest.deletionJobs ?? []).map((j) => [j.stores, j.schedule])).toEqual([[['otp-codes'], 'PT300S']]);
  });

  it('is left unmatched, with a note to map it, when two cache stores start with that name', async () => {
    const r = await load(['otp-codes', 'otp-attempts']);
    expect(r.manifest.deletionJobs ?? []).toEqual([]);
    const notes = (r.coverage ?? []).filter((n) => n.kind === 'cache-key').map((n) => n.name);
    expect(notes).toEqual(['otp', 'captcha', 'ratelimit']);
  });
});
