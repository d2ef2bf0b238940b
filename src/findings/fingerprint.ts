// A finding's identity across runs: the rule and the item's key, never a line number, so it
// survives reordering, reformatting and edits elsewhere in the file.
import { createHash } from 'node:crypto';

export function fingerprintOf(ruleId: string, itemKey: string): string {
  return createHash('sha256').update(`${ruleId}\0${itemKey}`).digest('hex').slice(0, 32);
}
