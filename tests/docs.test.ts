// The generated documentation in the repository is what the code generates (`npm run docs`
// rewrites it): a page per shipped rule in docs/rules/ with its basis, needs, fix and fixture
// examples, and no page for a rule that no longer exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, RULE_DOCS_DIR } from '../src/docs/generated-docs.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import { REPO_ROOT } from './support/run-cli.js';

const generated = generatedDocs();

describe('generated documentation', () => {
  it('every generated file is committed as generated (npm run docs)', () => {
    for (const [path, text] of generated) expect(readFileSync(join(REPO_ROOT, path), 'utf8'), `${path} is stale: run npm run docs`).toBe(text);
  });

  it('docs/rules holds a page for every shipped rule and nothing else', () => {
    const ids = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules.map((r) => r.definition.id));
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(readdirSync(join(REPO_ROOT, RULE_DOCS_DIR)).sort()).toEqual(['README.md', ...ids.map((id) => `${id}.md`)].sort());
  });

  it('a rule page is bilingual and carries the basis with its verification, the needs, the fix and FAIL/PASS examples', () => {
    const rule = shippedPackDirs().flatMap((dir) => loadRulePack(dir).rules).find((r) => r.definition.id === 'PIPL-EXP-001');
    const page = generated.get(`${RULE_DOCS_DIR}/PIPL-EXP-001.md`) ?? '';
    expect(rule).toBeDefined();
    const d = rule?.definition;
    for (const text of [d?.title.zh, d?.title.en, d?.remediation.zh, d?.remediation.en]) expect(page).toContain(text);
    expect(page).toContain('| PIPL | Art. 19 | 法律 / law | 已核对原文 / verified against the instrument |');
    expect(page).toContain('- `/retention`');
    const fixtures = rule?.loadFixtures();
    for (const c of [...(fixtures?.fail ?? []), ...(fixtures?.pass ?? [])]) expect(page).toContain(`**${c.name}**`);
    expect(page.indexOf('### FAIL')).toBeLessThan(page.indexOf('### PASS'));
  });
});
