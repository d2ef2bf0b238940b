// A RuoYi application's Spring configuration (application.yml), given in a ruoyi source beside
// the dump: what the database does not hold about logging in. Read with the project's YAML reader
// (the source input's document), never executed; Spring placeholders (`${…}`) are not resolved,
// so a key holding one is unstated.
//   RuoYi-Vue, RuoYi-Vue-Plus: user.password.maxRetryCount (failed logins before the lock) and
//     user.password.lockTime (minutes locked; SysPasswordService / SysLoginService);
//   RuoYi-Vue: token.expireTime (minutes; TokenService renews the token on use, so a session
//     ends after this long without a request);
//   RuoYi-Vue-Plus: sa-token.activity-timeout or active-timeout (seconds without a request; -1 none).
import { InputError } from '../../inventory/diagnostic.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { SourceInput } from '../../sources/source-input.js';

export interface RuoyiAppConfig {
  lockout?: { fact: { threshold: number; durationMinutes?: number } | 'none'; place: SourceRef };
  idleTimeoutMinutes?: { fact: number | 'none'; place: SourceRef };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(data: unknown, path: string[]): unknown {
  let value = data;
  for (const step of path) {
    if (!isObject(value)) return undefined;
    value = value[step];
  }
  return value;
}

export function readApplicationConfig(input: SourceInput): RuoyiAppConfig {
  const data = input.document().data;
  const file = input.path;
  const integer = (path: string[]): number | undefined => {
    const value = at(data, path);
    if (value === undefined || value === null || (typeof value === 'string' && value.includes('${'))) return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < -1) {
      const pointer = `/${path.join('/')}`;
      const position = input.document().locate([pointer]).get(pointer);
      throw new InputError([{ severity: 'error', file, ...(position ?? {}), pointer, message: `${path.join('.')} is ${JSON.stringify(value)}`, expected: 'a whole number' }]);
    }
    return n;
  };
  const config: RuoyiAppConfig = {};
  const retries = integer(['user', 'password', 'maxRetryCount']);
  if (retries !== undefined) {
    const lockTime = integer(['user', 'password', 'lockTime']);
    config.lockout = {
      // The count is compared as "retries >= maxRetryCount": 0 or less locks nothing useful — read as none.
      fact: retries <= 0 ? 'none' : { threshold: retries, ...(lockTime !== undefined && lockTime >= 0 ? { durationMinutes: lockTime } : {}) },
      place: { file, pointer: '/user/password/maxRetryCount' },
    };
  }
  const expire = integer(['token', 'expireTime']);
  const activityKey = at(data, ['sa-token', 'active-timeout']) !== undefined ? 'active-timeout' : 'activity-timeout';
  const activity = integer(['sa-token', activityKey]);
  if (activity !== undefined) config.idleTimeoutMinutes = { fact: activity < 0 ? 'none' : Math.max(1, Math.ceil(activity / 60)), place: { file, pointer: `/sa-token/${activityKey}` } };
  else if (expire !== undefined && expire > 0) config.idleTimeoutMinutes = { fact: expire, place: { file, pointer: '/token/expireTime' } };
  return config;
}
