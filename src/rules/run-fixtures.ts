// `rules test`: each rule against its own fixtures, as ESLint's RuleTester and Semgrep's --test
// do. A FAIL case must make the rule fail (on its target, when named); a PASS case must make it
// pass and fail nowhere; a NOT_EVALUATED case (optional) must make it say it cannot decide. A
// manual rule instead proves when it asks for a MANUAL check and when it stays silent. A rule
// without both kinds of case it needs is itself a failure.
import { loadManifestDocument } from '../importers/native-manifest/index.js';
import { buildInventory } from '../inventory/build-inventory.js';
import { formatDiagnostic, InputError } from '../inventory/diagnostic.js';
import type { SourceDocument } from '../sources/source-document.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { compileRule } from './compile-rule.js';
import type { LoadedRule } from './load-rule-pack.js';
import { mergePatch } from './merge-patch.js';
import { ParamError } from './resolve-params.js';
import type { DecisionTable, FixtureCase, FixtureFile } from './rule-schema.js';
import type { Finding, Status } from '../findings/finding.js';
import { runRules } from './run-rules.js';
import type { Inventory } from '../inventory/inventory.js';
import { ViewCache } from '../views/registry.js';
import type { ViewItem } from '../views/view.js';
import type { Bilingual } from '../i18n/bilingual.js';

export type FixtureKind = 'fail' | 'pass' | 'notEvaluated' | 'manual' | 'notApplicable';

export interface FixtureResult {
  ruleId: string;
  kind: FixtureKind | 'missing';
  name: string;
  ok: boolean;
  /** What was expected and what came out (rule ids, targets, row ids and statuses as they are). */
  detail: Bilingual;
}

const DEFAULT_AS_OF = '2024-01-01';

/** The status each kind of case expects (notApplicable: no finding at all). */
const EXPECTED: Record<FixtureKind, Status | undefined> = {
  fail: 'FAIL',
  pass: 'PASS',
  notEvaluated: 'NOT_EVALUATED',
  manual: 'MANUAL',
  notApplicable: undefined,
};

export function runFixtures(rule: LoadedRule, taxonomy: Taxonomy, params: Record<string, unknown> = {}): FixtureResult[] {
  const id = rule.definition.id;
  let fixtures: FixtureFile | undefined;
  try {
    fixtures = rule.loadFixtures();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ ruleId: id, kind: 'missing', name: 'fixtures', ok: false, detail: { zh: `测试用例文件无效：\n${error.diagnostics.map((d) => formatDiagnostic(d, 'zh')).join('\n')}`, en: `the fixture file is not valid:\n${error.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}` } }];
  }
  // A checked rule proves both verdicts; a manual rule proves when it asks and when it does not.
  const required: FixtureKind[] = rule.definition.require || rule.definition.decision ? ['fail', 'pass'] : ['manual', 'notApplicable'];
  if (!fixtures || required.some((kind) => (fixtures[kind]?.length ?? 0) === 0)) {
    return [{ ruleId: id, kind: 'missing', name: 'fixtures', ok: false, detail: { zh: `规则 ${id} 需要 ${id}.test.yaml，其中有 ${required.join(' 和 ')} 用例`, en: `rule ${id} needs ${id}.test.yaml with ${required.join(' and ')} cases` } }];
  }
  const table = rule.definition.decision;
  const run = (kind: FixtureKind, c: FixtureCase): FixtureResult => {
    const result = (ok: boolean, detail: Bilingual): FixtureResult => ({ ruleId: id, kind, name: c.name, ok, detail });
    const document = fixtureDocument(`${rule.fixturesFile ?? id}#${kind}/${c.name}`, fixtureManifest(fixtures, c));
    let findings: Finding[];
    try {
      findings = runFixtureManifest(rule, taxonomy, document, { ...params, ...(c.params ?? {}) }).findings;
    } catch (error) {
      if (error instanceof InputError) return result(false, { zh: `用例不是有效的清单：\n${error.diagnostics.map((d) => formatDiagnostic(d, 'zh')).join('\n')}`, en: `fixture is not a valid manifest:\n${error.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}` });
      if (error instanceof ParamError) return result(false, { zh: error.message, en: error.message });
      throw error;
    }
    const summary = (zh: boolean) =>
      (['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL'] as const)
        .map((status) => `${status}${zh ? '：' : ': '}${findings.filter((f) => f.status === status).map((f) => f.target.key).join(', ') || (zh ? '无' : 'none')}`)
        .join(zh ? '；' : '; ');
    const expected = EXPECTED[kind];
    if (expected === undefined) {
      const ok = findings.length === 0;
      return result(ok, ok ? { zh: '没有结果', en: 'no finding' } : { zh: `应没有结果；实际 ${summary(true)}`, en: `expected no finding; got ${summary(false)}` });
    }
    if (!table && (c.row !== undefined || c.unstated !== undefined)) return result(false, { zh: '"row" 和 "unstated" 只用于有判定表的规则', en: `"row" and "unstated" are for a rule with a decision table` });
    const onTarget = findings.filter((f) => f.status === expected && (c.target === undefined || f.target.key === c.target || (f.members?.items.some((m) => m.key === c.target) ?? false)));
    // A table rule's case may also name the row that must decide, the severity, and the inputs left unstated.
    const hits = onTarget.filter(
      (f) =>
        (c.row === undefined || f.decision?.row === c.row) &&
        (c.severity === undefined || f.severity === c.severity) &&
        (c.unstated === undefined || sameSet(f.decision?.unstated ?? [], c.unstated)),
    );
    const failedElsewhere = expected !== 'FAIL' && findings.some((f) => f.status === 'FAIL');
    const ok = hits.length > 0 && !failedElsewhere;
    const extra = [
      c.row === undefined ? '' : ` by row ${c.row}`,
      c.severity === undefined ? '' : ` with severity ${c.severity}`,
      c.unstated === undefined ? '' : ` naming unstated ${c.unstated.join(', ')}`,
    ].join('');
    const extraZh = [
      c.row === undefined ? '' : `，由第 ${c.row} 行判定`,
      c.severity === undefined ? '' : `，严重程度 ${c.severity}`,
      c.unstated === undefined ? '' : `，指明未说明的 ${c.unstated.join(', ')}`,
    ].join('');
    const want = `${expected}${c.target ? ` on ${c.target}` : ''}${extra}${expected === 'FAIL' ? '' : ' and no FAIL'}`;
    const wantZh = `${c.target ? `${c.target} 上为 ` : ''}${expected}${extraZh}${expected === 'FAIL' ? '' : '，且没有 FAIL'}`;
    const found = onTarget.length > 0 && hits.length === 0 ? onTarget.map(describeDecision) : undefined;
    const hitTargets = hits.map((f) => f.target.key).join(', ');
    return result(
      ok,
      ok
        ? { zh: `${hitTargets} 上为 ${expected}`, en: `${expected} on ${hitTargets}` }
        : {
            zh: `应为：${wantZh}；实际 ${summary(true)}${found ? `；找到的 ${expected}：${found.map((d) => d.zh).join('；')}` : ''}`,
            en: `expected ${want}; got ${summary(false)}${found ? `; the ${expected} found: ${found.map((d) => d.en).join('; ')}` : ''}`,
          },
    );
  };
  const results = (Object.keys(EXPECTED) as FixtureKind[]).flatMap((kind) => (fixtures[kind] ?? []).map((c) => run(kind, c)));
  if (table) results.push(...rowCoverage(id, table, fixtures));
  return results;
}

/**
 * Every row of a decision table is proved by a case of its result's kind that names it (a FAIL row
 * by a case that also states its severity), so a changed row breaks a fixture.
 */
function rowCoverage(id: string, table: DecisionTable, fixtures: FixtureFile): FixtureResult[] {
  const kindOf: Record<DecisionTable['rows'][number]['result'], FixtureKind> = { FAIL: 'fail', PASS: 'pass', NOT_EVALUATED: 'notEvaluated' };
  const out: FixtureResult[] = [];
  for (const row of table.rows) {
    const kind = kindOf[row.result];
    const cases = (fixtures[kind] ?? []).filter((c) => c.row === row.id);
    const proved = row.result === 'FAIL' ? cases.some((c) => c.severity !== undefined) : cases.length > 0;
    if (!proved) {
      const what = row.result === 'FAIL' ? `a ${kind} case with row: ${row.id} and its severity` : `a ${kind} case with row: ${row.id}`;
      const whatZh = row.result === 'FAIL' ? `一个写明 row: ${row.id} 及其严重程度的 ${kind} 用例` : `一个写明 row: ${row.id} 的 ${kind} 用例`;
      out.push({ ruleId: id, kind: 'missing', name: `row ${row.id}`, ok: false, detail: { zh: `判定表的每一行都需要一个用例：请添加${whatZh}`, en: `every row of the decision table needs a fixture: add ${what}` } });
    }
  }
  const unknown = (Object.keys(EXPECTED) as FixtureKind[]).flatMap((kind) => fixtures[kind] ?? []).filter((c) => c.row !== undefined && !table.rows.some((r) => r.id === c.row));
  for (const c of unknown) out.push({ ruleId: id, kind: 'missing', name: c.name, ok: false, detail: { zh: `指明的行 "${c.row}" 在判定表中不存在`, en: `names row "${c.row}", which the decision table does not have` } });
  return out;
}

function describeDecision(f: Finding): Bilingual {
  const d = f.decision;
  const how = d?.row !== undefined ? `row ${d.row}` : d?.unstated ? `unstated ${d.unstated.join(', ')}` : 'no table row';
  const howZh = d?.row !== undefined ? `第 ${d.row} 行` : d?.unstated ? `未说明 ${d.unstated.join(', ')}` : '无判定行';
  return { zh: `${f.target.key}（${howZh}，${f.severity}）`, en: `${f.target.key} (${how}, ${f.severity})` };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A case's manifest: the fixture file's base with the case's patch merged onto it. */
export function fixtureManifest(fixtures: FixtureFile | undefined, c: FixtureCase): Record<string, unknown> {
  return mergePatch({ apiVersion: 'pipl-audit/v1', ...(fixtures?.base ?? {}) }, c.manifest) as Record<string, unknown>;
}

export function fixtureDocument(path: string, data: Record<string, unknown>): SourceDocument {
  return { path, format: 'yaml', data, sha256: '0'.repeat(64), locate: () => new Map() };
}

/** One rule over one fixture manifest: its findings, and the view items it judged (for tests that vary the manifest). */
export function runFixtureManifest(
  rule: LoadedRule,
  taxonomy: Taxonomy,
  document: SourceDocument,
  params: Record<string, unknown> = {},
): { findings: Finding[]; items: ViewItem[]; inventory: Inventory } {
  const inventory = buildInventory([{ files: [{ path: document.path, sha256: document.sha256, format: 'manifest' }], format: 'manifest', result: loadManifestDocument(document) }], taxonomy);
  const compiled = compileRule(rule.definition, rule.file, params);
  const asOf = inventory.system?.asOf ?? DEFAULT_AS_OF;
  const run = runRules(inventory, [compiled], { taxonomy, asOf, includePassed: true });
  const items = new ViewCache({ index: run.index, asOf }).get(rule.definition.view);
  return { findings: run.findings, items, inventory };
}
