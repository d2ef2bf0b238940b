// The cache store a cache key names when the project file's mapping and the loose id match
// (`NameMatcher`) do not: a key's literal start (`sms` of `sms:login:${phone}`) is the first word of
// the id of exactly one cache store the manifest declares (`sms-codes`, `sms_cache`). Only cache
// stores are candidates, and only a single one: two cache stores starting with the same word
// (`sms-codes`, `sms-log`) leave the key unmatched, to be mapped by the project file.
import { normaliseName } from './code-names.js';

/** The id of the one cache store whose id's first word is the key's name, or undefined. */
export function cacheStoreByKeyPrefix(key: string, cacheStoreIds: readonly string[]): string | undefined {
  const name = normaliseName(key);
  if (name.length === 0) return undefined;
  const candidates = cacheStoreIds.filter((id) => normaliseName(id.split(/[-_.:/]/)[0] ?? '') === name);
  return candidates.length === 1 ? candidates[0] : undefined;
}
