// Where the documentation is published: the tool's home (SARIF `informationUri`) and one page per
// shipped rule (SARIF `helpUri`), generated into docs/rules/ by `npm run docs`. The host is the
// namespace the published schemas already use (their `$id`s); one place to change it.
import { isShippedPackName } from '../rules/load-rule-pack.js';

export const DOCUMENTATION_HOME = 'https://pipl-audit.dev/';

/** The rule's page (docs/rules/ID.md); only shipped packs have one — a pack of your own has none. */
export function ruleDocumentationUri(ruleId: string, pack: string): string | undefined {
  return isShippedPackName(pack) ? `${DOCUMENTATION_HOME}docs/rules/${encodeURIComponent(ruleId)}.md` : undefined;
}
