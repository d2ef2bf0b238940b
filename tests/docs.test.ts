// The generated documentation in the repository is what the code generates (`npm run docs`
// rewrites it): a page per shipped rule in docs/rules/ with its basis, needs, fix and fixture
// examples, and no page for a rule that no longer exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, MANIFEST_REFERENCE, RULE_DOCS_DIR } from '../src/docs/generated-docs.js';
import { manifestKeys } from '../src/docs/manifest-reference.js';
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

  it('a conditional need is described in words on the rule page, never as the raw schema', () => {
    const pages = [...generated].filter(([path]) => path.startsWith(`${RULE_DOCS_DIR}/PIPL-`));
    const conditional = pages.filter(([, text]) => text.includes('— 仅当'));
    expect(conditional.length).toBeGreaterThan(0);
    for (const [path, text] of pages) expect(text, path).not.toMatch(/^- `[^\n]*\{"/m);
    const code001 = generated.get(`${RULE_DOCS_DIR}/PIPL-CODE-001.md`) ?? '';
    expect(code001).toContain('仅当query.ownerCondition 为 false');
    expect(code001).toContain('only when query.ownerCondition is false');
  });

  it('the manifest reference gives every key a description, its type and allowed values, and an example', () => {
    const rows = manifestKeys();
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.filter((r) => r.description === '').map((r) => r.path)).toEqual([]);
    // Only structures (whose keys have examples of their own) may go without one.
    expect(rows.filter((r) => r.example === '' && !/object/.test(r.type)).map((r) => r.path)).toEqual([]);
    const reference = generated.get(MANIFEST_REFERENCE) ?? '';
    expect(reference).toContain('| `system.sector` | string | `express`, `medical`, `finance`, `venue`, `retail`, `education`, `government`, `other` | sector |');
    expect(reference).toContain('| `stores[].retention` | object or "none" |');
    // The reference is docs/manifest.md, as the issue names it; the hand-written guidance links to it and back.
    expect(MANIFEST_REFERENCE).toBe('docs/manifest.md');
    expect(reference).toContain('](manifest-guide.md)');
    expect(readFileSync(join(REPO_ROOT, 'docs/manifest-guide.md'), 'utf8')).toContain('](manifest.md)');
  });
});
