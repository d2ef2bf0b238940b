// `rules test`: each rule against its own fixtures, as ESLint's RuleTester and Semgrep's --test
// do. A FAIL case must make the rule fail (on its target, when named); a PASS case must make it
// pass and fail nowhere; a NOT_EVALUATED case (optional) must make it say it cannot decide.
// A rule without both FAIL and PASS cases is itself a failure.
import { nativeManifestImporter } from '../importers/native-manifest/index.js';
import { buildInventory } from '../inventory/build-inventory.js';
import { formatDiagnostic, InputError } from '../inventory/diagnostic.js';
import type { SourceDocument } from '../sources/source-document.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { compileRule } from './compile-rule.js';
import type { LoadedRule } from './load-rule-pack.js';
import { mergePatch } from './merge-patch.js';
import { ParamError } from './resolve-params.js';
import type { FixtureCase } from './rule-schema.js';
import { runRules } from './run-rules.js';

export interface FixtureResult {
  ruleId: string;
  kind: 'fail' | 'pass' | 'notEvaluated' | 'missing';
  name: string;
  ok: boolean;
  detail: string;
}

const DEFAULT_AS_OF = '2024-01-01';

export function runFixtures(rule: LoadedRule, taxonomy: Taxonomy, params: Record<string, unknown> = {}): FixtureResult[] {
  const id = rule.definition.id;
  const fixtures = rule.fixtures;
  if (!fixtures || fixtures.fail.length === 0 || fixtures.pass.length === 0) {
    return [{ ruleId: id, kind: 'missing', name: 'fixtures', ok: false, detail: `rule ${id} has no ${id}.test.yaml with both fail and pass cases` }];
  }
  const run = (kind: 'fail' | 'pass' | 'notEvaluated', c: FixtureCase): FixtureResult => {
    const result = (ok: boolean, detail: string): FixtureResult => ({ ruleId: id, kind, name: c.name, ok, detail });
    const data = mergePatch({ apiVersion: 'pipl-audit/v1', ...(fixtures.base ?? {}) }, c.manifest) as Record<string, unknown>;
    const document: SourceDocument = {
      path: `${rule.fixturesFile ?? id}#${kind}/${c.name}`,
      format: 'yaml',
      data,
      sha256: '0'.repeat(64),
      locate: () => new Map(),
    };
    let findings;
    try {
      const inventory = buildInventory([{ document, format: 'manifest', result: nativeManifestImporter.load(document) }], taxonomy);
      const compiled = compileRule(rule.definition, rule.file, { ...params, ...(c.params ?? {}) });
      const asOf = inventory.system?.asOf ?? DEFAULT_AS_OF;
      findings = runRules(inventory, [compiled], { taxonomy, asOf, includePassed: true }).findings;
    } catch (error) {
      if (error instanceof InputError) return result(false, `fixture is not a valid manifest:\n${error.diagnostics.map(formatDiagnostic).join('\n')}`);
      if (error instanceof ParamError) return result(false, error.message);
      throw error;
    }
    const failed = findings.filter((f) => f.status === 'FAIL');
    const passed = findings.filter((f) => f.status === 'PASS');
    const keys = (list: typeof findings) => list.map((f) => f.target.key).join(', ') || 'none';
    if (kind === 'fail') {
      const hit = c.target ? failed.some((f) => f.target.key === c.target) : failed.length > 0;
      return result(hit, hit ? `failed on ${keys(failed)}` : `expected a FAIL${c.target ? ` on ${c.target}` : ''}; failed on ${keys(failed)}, passed on ${keys(passed)}, other: ${keys(findings.filter((f) => f.status !== 'FAIL' && f.status !== 'PASS'))}`);
    }
    const wanted = kind === 'pass' ? passed : findings.filter((f) => f.status === 'NOT_EVALUATED');
    const expected = kind === 'pass' ? 'PASS' : 'NOT_EVALUATED';
    const hit = failed.length === 0 && (c.target ? wanted.some((f) => f.target.key === c.target) : wanted.length > 0);
    return result(hit, hit ? `${expected} on ${keys(wanted)}` : `expected ${expected}${c.target ? ` on ${c.target}` : ''} and no FAIL; failed on ${keys(failed)}, passed on ${keys(passed)}, other: ${keys(findings.filter((f) => f.status !== 'FAIL' && f.status !== 'PASS'))}`);
  };
  return [
    ...fixtures.fail.map((c) => run('fail', c)),
    ...fixtures.pass.map((c) => run('pass', c)),
    ...(fixtures.notEvaluated ?? []).map((c) => run('notEvaluated', c)),
  ];
}
