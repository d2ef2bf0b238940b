// A finding's identity across runs: the rule and the item's key, never a line number, so it
// survives reordering, reformatting and edits elsewhere in the file.
import * as crypto from 'node:crypto';

/**
 * Node's one-shot `crypto.hash` (20.12 and later) where there is one: the same digest as
 * createHash's without a Hash object per call (a national report makes ~30,000 fingerprints).
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function fingerprintOf(ruleId: string, itemKey: string): string {
  const text = `${ruleId}\0${itemKey}`;
  return (oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex')).slice(0, 32);
}
