// A framework's items judged from one audit: the rules that evaluate each sub-item, the
// declarations that document it and the manual evidence it needs. A declaration or a manual item
// is never a PASS; a PASS needs rules that ran, passed and cover the whole sub-item.
import type { Bilingual } from '../i18n/bilingual.js';
import type { Inventory } from '../inventory/inventory.js';
import type { AuditReport } from '../report/report-schema.js';
import { declarationState } from './declaration-state.js';
import type { FrameworkSubItem } from './framework-schema.js';
import { FRAMEWORK_STATUSES, type FrameworkResult, type FrameworkStatus, type RuleOutcomeEntry, type SubItemResult } from './framework-result.js';
import type { LoadedFramework } from './load-framework.js';
import { rulesOfSubItem } from './framework-rules.js';

export function evaluateFramework(loaded: LoadedFramework, report: AuditReport, inventory: Inventory): FrameworkResult {
  const { framework } = loaded;
  const rulesRun = new Map(report.rules.map((r) => [r.id, r]));
  const disabled = new Set((report.gate?.disabledRules ?? []).map((d) => d.id));
  const findingsByRule = new Map<string, AuditReport['findings']>();
  for (const f of report.findings) {
    const list = findingsByRule.get(f.ruleId);
    if (list) list.push(f);
    else findingsByRule.set(f.ruleId, [f]);
  }
  const coverage = { subItems: 0, FAIL: 0, PASS: 0, DECLARED: 0, MANUAL: 0, NOT_EVALUATED: 0, NOT_APPLICABLE: 0 };
  const items = framework.items.map((item) => {
    const subItems = item.subItems.map((sub) => {
      const result = evaluateSubItem(sub, rulesOfSubItem(framework, sub, report.rules), rulesRun, disabled, findingsByRule, inventory);
      coverage.subItems++;
      coverage[result.status]++;
      return result;
    });
    return { id: item.id, ...(item.number !== undefined ? { number: item.number } : {}), title: item.title, status: worst(subItems.map((s) => s.status)), subItems };
  });
  return { id: framework.id, title: framework.title, source: framework.source, file: loaded.file, sha256: loaded.sha256, coverage, items };
}

function evaluateSubItem(
  sub: FrameworkSubItem,
  ruleIds: string[],
  rulesRun: Map<string, AuditReport['rules'][number]>,
  disabled: ReadonlySet<string>,
  findingsByRule: Map<string, AuditReport['findings']>,
  inventory: Inventory,
): SubItemResult {
  const rules: RuleOutcomeEntry[] = ruleIds.map((id) => {
    const rule = rulesRun.get(id);
    const findings = findingsByRule.get(id) ?? [];
    const suppressed = findings.filter((f) => f.status === 'SUPPRESSED' && f.suppression?.status === 'FAIL').length;
    if (!rule) return { id, ran: false, FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, SUPPRESSED: 0 };
    const c = rule.counts;
    return { id, ran: true, FAIL: c.FAIL, PASS: c.PASS, NOT_EVALUATED: c.NOT_EVALUATED, MANUAL: c.MANUAL, SUPPRESSED: suppressed };
  });
  const declarations = (sub.declarations ?? []).map((d) => ({ path: d.path, what: d.what, ...declarationState(inventory, d.path) }));
  const details = { rules, declarations, ...(sub.manual ? { manual: sub.manual } : {}) };
  const head = { id: sub.id, text: sub.text };
  const findingsOf = (status: 'FAIL' | 'NOT_EVALUATED') =>
    rules.flatMap((r) => (findingsByRule.get(r.id) ?? []).filter((f) => f.status === status || (status === 'FAIL' && f.status === 'SUPPRESSED' && f.suppression?.status === 'FAIL')).map((f) => f.fingerprint));
  const ids = (list: RuleOutcomeEntry[]) => list.map((r) => r.id).join(', ');

  const failing = rules.filter((r) => r.FAIL > 0 || r.SUPPRESSED > 0);
  if (failing.length > 0) {
    const accepted = failing.filter((r) => r.FAIL === 0);
    return {
      ...head,
      status: 'FAIL',
      reason: {
        zh: `规则 ${ids(failing)} 判定不合规${accepted.length > 0 ? `（其中 ${ids(accepted)} 的发现已被豁免文件接受，仍不合规）` : ''}`,
        en: `rules ${ids(failing)} failed${accepted.length > 0 ? ` (the exceptions file accepted the findings of ${ids(accepted)}: still not compliant)` : ''}`,
      },
      findings: findingsOf('FAIL'),
      ...details,
    };
  }
  const undecided = rules.filter((r) => r.NOT_EVALUATED > 0);
  if (undecided.length > 0) {
    return {
      ...head,
      status: 'NOT_EVALUATED',
      reason: { zh: `规则 ${ids(undecided)} 因缺少事实无法判定，见各发现所列需说明的事项`, en: `rules ${ids(undecided)} could not decide for lack of stated facts; their findings name what to state` },
      findings: findingsOf('NOT_EVALUATED'),
      ...details,
    };
  }
  // A disabled rule leaves its part of the item open; a rule of a pack not in use (a sector pack
  // for another sector) only matters when no rule of the sub-item ran at all.
  const ran = rules.filter((r) => r.ran);
  const notRun = rules.filter((r) => !r.ran && (disabled.has(r.id) || ran.length === 0));
  const passed = ran.filter((r) => r.PASS > 0);
  if (sub.complete && ran.length > 0 && notRun.length === 0 && passed.length > 0) {
    return { ...head, status: 'PASS', reason: { zh: `规则 ${ids(passed)} 运行并通过，覆盖本项全部内容`, en: `rules ${ids(passed)} ran and passed, and cover the whole sub-item` }, findings: [], ...details };
  }
  const passedNote: Bilingual = passed.length > 0 ? { zh: `规则 ${ids(passed)} 已通过（只覆盖本项的一部分）；`, en: `rules ${ids(passed)} passed (they cover only part of it); ` } : { zh: '', en: '' };
  const notRunNote: Bilingual = notRun.length > 0 ? { zh: `规则 ${ids(notRun)} 未运行（已禁用，或不在所用规则包中）；`, en: `rules ${ids(notRun)} did not run (disabled, or not in the packs in use); ` } : { zh: '', en: '' };
  const missing = declarations.filter((d) => d.state === 'unstated' || d.state === 'partial');
  if (missing.length > 0) {
    const keys = [...new Set(missing.flatMap((d) => d.missing))].slice(0, 5).join(', ');
    return {
      ...head,
      status: 'NOT_EVALUATED',
      reason: {
        zh: `${passedNote.zh}${notRunNote.zh}清单未说明：${missing.map((d) => d.what.zh).join('；')}（请在清单中填写 ${keys}）`,
        en: `${passedNote.en}${notRunNote.en}the manifest does not state ${missing.map((d) => d.what.en).join('; ')} (state ${keys})`,
      },
      findings: [],
      ...details,
    };
  }
  const seen = declarations.filter((d) => d.state === 'stated');
  if (seen.length > 0) {
    return {
      ...head,
      status: 'DECLARED',
      reason: {
        zh: `${passedNote.zh}${notRunNote.zh}仅见清单中的声明（${seen.map((d) => d.what.zh).join('；')}），其真实性未经核实${sub.manual ? `；需人工核查：${sub.manual.zh}` : ''}`,
        en: `${passedNote.en}${notRunNote.en}only declared in the manifest (${seen.map((d) => d.what.en).join('; ')}), not verified${sub.manual ? `; to check by hand: ${sub.manual.en}` : ''}`,
      },
      findings: [],
      ...details,
    };
  }
  if (sub.manual) {
    return { ...head, status: 'MANUAL', reason: { zh: `${passedNote.zh}${notRunNote.zh}${sub.manual.zh}`, en: `${passedNote.en}${notRunNote.en}${sub.manual.en}` }, findings: [], ...details };
  }
  if (notRun.length > 0) {
    return { ...head, status: 'NOT_EVALUATED', reason: { zh: `${passedNote.zh}${notRunNote.zh}请运行这些规则`, en: `${passedNote.en}${notRunNote.en}run those rules to evaluate it` }, findings: [], ...details };
  }
  const emptyDeclarations = declarations.filter((d) => d.state === 'empty');
  return {
    ...head,
    status: 'NOT_APPLICABLE',
    reason: {
      zh: `${passedNote.zh}${ran.length > 0 ? `规则 ${ids(ran)} 在清单中没有适用对象` : ''}${emptyDeclarations.length > 0 ? `${ran.length > 0 ? '；' : ''}清单声明没有相关对象（${emptyDeclarations.map((d) => d.path).join('、')} 为空）` : ''}`,
      en: `${passedNote.en}${ran.length > 0 ? `rules ${ids(ran)} found nothing in the inventory they apply to` : ''}${emptyDeclarations.length > 0 ? `${ran.length > 0 ? '; ' : ''}the manifest states there is nothing of the kind (${emptyDeclarations.map((d) => d.path).join(', ')} empty)` : ''}`,
    },
    findings: [],
    ...details,
  };
}

/** An item's status is its worst sub-item's, in the order FAIL, NOT_EVALUATED, MANUAL, DECLARED, PASS, NOT_APPLICABLE. */
function worst(statuses: FrameworkStatus[]): FrameworkStatus {
  for (const status of FRAMEWORK_STATUSES) if (statuses.includes(status)) return status;
  return 'NOT_APPLICABLE';
}

