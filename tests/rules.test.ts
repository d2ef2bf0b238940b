// Every shipped rule against its own FAIL and PASS fixtures (what `pipl-audit rules test` runs).
// A rule without both kinds of fixture fails here, so it cannot land.
import { describe, expect, it } from 'vitest';
import { compilePacks } from '../src/audit.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import { runFixtures } from '../src/rules/run-fixtures.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const packs = shippedPackDirs().map(loadRulePack);
const taxonomy = loadTaxonomy();

describe('shipped rule packs', () => {
  it('compile with their default parameters', () => {
    expect(compilePacks(packs, {}).length).toBe(packs.reduce((n, p) => n + p.rules.length, 0));
  });

  it('hold at least 30 core rules', () => {
    expect(packs.find((p) => p.manifest.name === 'core')?.rules.length ?? 0).toBeGreaterThanOrEqual(30);
  });
});

for (const pack of packs) {
  describe(`pack ${pack.manifest.name}`, () => {
    for (const rule of pack.rules) {
      it(`${rule.definition.id} fixtures`, () => {
        const results = runFixtures(rule, taxonomy);
        const failures = results.filter((r) => !r.ok).map((r) => `${r.kind} "${r.name}": ${r.detail.en}`);
        expect(failures).toEqual([]);
        const kinds = rule.definition.require || rule.definition.decision ? ['fail', 'pass'] : ['manual', 'notApplicable'];
        for (const kind of kinds) expect(results.some((r) => r.kind === kind), `${kind} cases`).toBe(true);
      });
    }
  });
}
