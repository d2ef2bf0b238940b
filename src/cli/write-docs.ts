// Writes the generated documentation (npm run docs): a page per shipped rule in docs/rules/ and
// their index; pages of rules that no longer exist are removed. tests/docs.test.ts fails when
// the committed files are stale.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedDocs, RULE_DOCS_DIR } from '../docs/generated-docs.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { writeFileAtomic } from './output-file.js';

const files = generatedDocs();
for (const [path, text] of files) {
  mkdirSync(dirname(join(PACKAGE_ROOT, path)), { recursive: true });
  writeFileAtomic(join(PACKAGE_ROOT, path), text);
}
const rulesDir = join(PACKAGE_ROOT, RULE_DOCS_DIR);
for (const name of readdirSync(rulesDir)) if (!files.has(`${RULE_DOCS_DIR}/${name}`)) rmSync(join(rulesDir, name));
process.stdout.write(`wrote ${files.size} documentation files\n`);
