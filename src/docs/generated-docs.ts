// Every generated documentation file, by its path in the repository: a page per shipped rule
// and their index (docs/rules/), and the manifest reference. `npm run docs` writes them; tests/docs.test.ts fails when the
// committed files differ, so the pages never drift from the rule files.
import { loadRulePack, shippedPackDirs } from '../rules/load-rule-pack.js';
import { renderManifestReference } from './manifest-reference.js';
import { renderRuleIndex, renderRulePage } from './rule-page.js';

export const RULE_DOCS_DIR = 'docs/rules';
export const MANIFEST_REFERENCE = 'docs/manifest.md';

export function generatedDocs(): Map<string, string> {
  const rules = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules);
  const files = new Map<string, string>();
  files.set(MANIFEST_REFERENCE, renderManifestReference());
  files.set(`${RULE_DOCS_DIR}/README.md`, renderRuleIndex(rules));
  for (const rule of rules) files.set(`${RULE_DOCS_DIR}/${rule.definition.id}.md`, renderRulePage(rule));
  return files;
}
