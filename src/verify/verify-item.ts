// One recommendation item against before and after. The item's scope is the findings of its
// rules (named, or of its themes) on its targets (any, when it names none). Its required
// findings are those in scope that FAIL before. Each gets an outcome in after (see
// verify-result-schema.ts), and after's FAILs in scope that before did not have are NEW_IN_SCOPE.
//   NOT_VERIFIABLE  the inputs do not contain what the item is about: a named target absent from
//                   before (or from after, when after lists every item it checked), a rule one
//                   side did not run, no required finding in before, or after cannot evaluate one
//   FIXED           every required finding RESOLVED, nothing NEW_IN_SCOPE
//   NOT_FIXED       none RESOLVED
//   PARTIAL         some RESOLVED, some still failing (STILL_FAILING, REPLACED, SUPPRESSED, NEW_IN_SCOPE)
import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import type { Bilingual } from '../i18n/bilingual.js';
import type { Recommendation, RecommendationItem } from '../recommendation/recommendation-schema.js';
import { afterCannotTell, type ReportIndex } from './compare-reports.js';
import { snapshotOf } from './finding-snapshot.js';
import { findingConcerns, namedTargets, targetPredicate, TARGET_KIND_NAMES } from './target-selector.js';
import type { VerifySide } from './verify-side.js';
import type { ItemFinding, ItemResult, Outcome } from './verify-result-schema.js';

export interface SideIndex {
  side: VerifySide;
  index: ReportIndex;
}

const SIDE_NAMES = { before: { zh: '整改前', en: 'before' }, after: { zh: '整改后', en: 'after' } } as const;

/** The rule ids an item resolves to: the named ones and every rule of its themes either side ran. */
export function itemRuleIds(item: RecommendationItem, before: ReportIndex, after: ReportIndex): string[] {
  const ids = new Set(item.requires.rules ?? []);
  const themes = new Set<string>(item.requires.themes ?? []);
  if (themes.size > 0) for (const r of [...before.report.rules, ...after.report.rules]) if (themes.has(r.theme)) ids.add(r.id);
  return [...ids].sort();
}

export function verifyItem(item: RecommendationItem, recommendation: Recommendation, before: SideIndex, after: SideIndex): ItemResult {
  const ruleIds = itemRuleIds(item, before.index, after.index);
  const ruleSet = new Set(ruleIds);
  const onTargets = targetPredicate(item.requires.targets);
  const inScope = (f: Finding) => ruleSet.has(f.ruleId) && onTargets(f);
  const reasons: Bilingual[] = [];
  const notes: Bilingual[] = [];

  for (const { side } of [before, after]) {
    const name = SIDE_NAMES[side.name];
    if (recommendation.system && side.report.system && side.report.system.id !== recommendation.system) {
      reasons.push({ zh: `${name.zh}审计的系统是 ${side.report.system.id}，而检察建议针对 ${recommendation.system}`, en: `${name.en} is about system ${side.report.system.id}, the recommendation about ${recommendation.system}` });
    }
  }
  for (const id of ruleIds) {
    for (const { side, index } of [before, after]) {
      if (!index.rules.has(id)) reasons.push({ zh: `规则 ${id} 未在${SIDE_NAMES[side.name].zh}的审计中运行`, en: `rule ${id} was not run in ${side.name}` });
    }
  }
  for (const target of namedTargets(item.requires.targets)) {
    const kind = TARGET_KIND_NAMES[target.kind];
    for (const { side } of [before, after]) {
      const name = SIDE_NAMES[side.name];
      // Sources audited here say which entities exist; a saved report only shows the items some
      // rule applied to, so there an absent target is a gap in before and a caveat in after.
      const present = side.entities ? side.entities.get(target.kind)?.has(target.id) === true : side.report.findings.some((f) => findingConcerns(f, target));
      if (present) continue;
      if (side.entities) reasons.push({ zh: `${name.zh}中没有名为 ${target.id} 的${kind.zh}`, en: `no ${kind.en} named ${target.id} in ${side.name}` });
      else if (side.name === 'before') reasons.push({ zh: `整改前报告中没有关于${kind.zh} ${target.id} 的结果`, en: `the before report has no finding on ${kind.en} ${target.id}` });
      else notes.push({ zh: `整改后报告中没有关于${kind.zh} ${target.id} 的结果：报告无法说明它仍然存在还是已被删除（如已删除，需另行核实）`, en: `the after report has no finding on ${kind.en} ${target.id}: a report cannot tell whether it still exists or was removed (if removed, confirm that another way)` });
    }
  }
  for (const glob of item.requires.targets?.keys ?? []) {
    const re = targetPredicate({ keys: [glob] });
    if (!before.side.report.findings.some((f) => re(f))) reasons.push({ zh: `整改前没有与 "${glob}" 匹配的对象`, en: `nothing in before matches "${glob}"` });
  }

  const findings: ItemFinding[] = [];
  const required = ruleIds.flatMap((id) => before.index.failsByRule.get(id) ?? []).filter(onTargets);
  if (required.length === 0 && reasons.length === 0) {
    const unevaluated = (before.side.report.findings as Finding[]).filter((f) => f.status === 'NOT_EVALUATED' && inScope(f));
    reasons.push(
      unevaluated.length > 0
        ? { zh: `整改前无法评估本项涉及的规则（${[...new Set(unevaluated.map((f) => f.ruleId))].join('、')}），无从比较`, en: `before could not evaluate the item's rules (${[...new Set(unevaluated.map((f) => f.ruleId))].join(', ')}): nothing to compare` }
        : { zh: '整改前没有本项所指规则和对象的不合规项，无从核实整改', en: "before shows no FAIL of the item's rules on its targets: there is nothing to verify" },
    );
  }

  // Replacement candidates, per rule: FAILs in after that before did not have.
  const candidates = new Map<string, Finding[]>();
  const candidatesFor = (ruleId: string) => {
    let list = candidates.get(ruleId);
    if (!list) candidates.set(ruleId, (list = (after.index.failsByRule.get(ruleId) ?? []).filter((h) => before.index.byFingerprint.get(h.fingerprint)?.status !== 'FAIL')));
    return list;
  };
  const usedReplacements = new Set<string>();
  for (const f of required) {
    const g = after.index.byFingerprint.get(f.fingerprint);
    const base = { ruleId: f.ruleId, severity: f.severity, target: f.target, fingerprint: f.fingerprint, before: snapshotOf(f) };
    if (g?.status === 'FAIL' || g?.status === 'SUPPRESSED') {
      findings.push({ ...base, outcome: g.status === 'FAIL' ? 'STILL_FAILING' : 'SUPPRESSED', after: snapshotOf(g) });
      continue;
    }
    const cannot = afterCannotTell(after.index, f.ruleId, f.fingerprint);
    if (cannot) {
      findings.push({ ...base, outcome: 'NOT_EVALUATED', ...(g ? { after: snapshotOf(g) } : {}) });
      reasons.push(cannotTellReason(cannot, f, g));
      continue;
    }
    const replacement = candidatesFor(f.ruleId).find((h) => !usedReplacements.has(h.fingerprint) && equivalentReplacement(f, h, before.index, after.index));
    if (replacement) {
      usedReplacements.add(replacement.fingerprint);
      findings.push({ ...base, outcome: 'REPLACED', after: snapshotOf(replacement), replacedBy: { target: replacement.target, fingerprint: replacement.fingerprint } });
      continue;
    }
    findings.push({ ...base, outcome: 'RESOLVED', ...(g ? { after: snapshotOf(g) } : {}) });
  }
  const requiredFingerprints = new Set(required.map((f) => f.fingerprint));
  for (const h of ruleIds.flatMap((id) => after.index.failsByRule.get(id) ?? [])) {
    if (!onTargets(h) || requiredFingerprints.has(h.fingerprint) || usedReplacements.has(h.fingerprint)) continue;
    if (before.index.byFingerprint.get(h.fingerprint)?.status === 'FAIL') continue;
    findings.push({ ruleId: h.ruleId, severity: h.severity, target: h.target, fingerprint: h.fingerprint, outcome: 'NEW_IN_SCOPE', after: snapshotOf(h) });
  }
  findings.sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) || compareFindings(asFinding(a), asFinding(b)));

  const count = (o: Outcome) => findings.filter((f) => f.outcome === o).length;
  const failing = count('STILL_FAILING') + count('REPLACED') + count('SUPPRESSED') + count('NEW_IN_SCOPE');
  const resolved = count('RESOLVED');
  let status: ItemResult['status'];
  if (reasons.length > 0) status = 'NOT_VERIFIABLE';
  else if (failing === 0) status = 'FIXED';
  else if (resolved === 0) status = 'NOT_FIXED';
  else status = 'PARTIAL';
  if (status === 'NOT_FIXED' || status === 'PARTIAL') {
    reasons.push({ zh: `${resolved} 项已消除，${failing} 项仍不合规`, en: `${resolved} resolved, ${failing} still failing` });
    if (count('REPLACED') > 0) reasons.push({ zh: `${count('REPLACED')} 项在改名或新建的对象上以同一规则再次出现`, en: `${count('REPLACED')} reappeared under the same rule on a renamed or new target` });
    if (count('SUPPRESSED') > 0) reasons.push({ zh: `${count('SUPPRESSED')} 项仅被豁免，并未整改`, en: `${count('SUPPRESSED')} only excepted (SUPPRESSED), not fixed` });
  }

  return {
    number: item.number,
    text: item.text,
    status,
    requires: { rules: item.requires.rules ?? [], themes: item.requires.themes ?? [], ...(item.requires.targets ? { targets: item.requires.targets } : {}) },
    rules: ruleIds,
    basis: item.basis ?? [],
    reasons: dedupe(reasons),
    notes: dedupe(notes),
    findings,
  };
}

const OUTCOME_ORDER: Outcome[] = ['STILL_FAILING', 'REPLACED', 'NEW_IN_SCOPE', 'SUPPRESSED', 'NOT_EVALUATED', 'RESOLVED'];

function asFinding(f: ItemFinding): Finding {
  return { ruleId: f.ruleId, severity: f.severity, target: f.target, status: 'FAIL' } as Finding;
}

function dedupe(texts: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return texts.filter((t) => (seen.has(t.en) ? false : (seen.add(t.en), true)));
}

function cannotTellReason(why: NonNullable<ReturnType<typeof afterCannotTell>>, f: Finding, g: Finding | undefined): Bilingual {
  const what = `${f.ruleId} ${f.target.label}`;
  switch (why) {
    case 'NOT_RUN':
      return { zh: `规则 ${f.ruleId} 未在整改后的审计中运行`, en: `rule ${f.ruleId} was not run in after` };
    case 'UNREAD_SOURCE':
      return { zh: `整改后有来源无法读取，${what} 未经检查`, en: `after could not read a source rule ${f.ruleId} reads, so ${f.target.label} was not checked` };
    case 'MANUAL':
      return { zh: `整改后 ${what} 需人工核查`, en: `after asks for a manual check of ${what}` };
    default:
      return { zh: `整改后无法评估 ${what}${g?.reason ? `：${g.reason.zh}` : ''}`, en: `after could not evaluate ${what}${g?.reason ? `: ${g.reason.en}` : ''}` };
  }
}

/**
 * A finding gone from after counts as replaced when the same rule fails in after on a target of
 * the same view that before never failed that rule on, and the targets are equivalent: for grants
 * (`role>target`), they share the role or the target; for any other item, the old one is absent
 * from after and the new one was unknown to before (a rename).
 */
function equivalentReplacement(old: Finding, candidate: Finding, before: ReportIndex, after: ReportIndex): boolean {
  if (candidate.ruleId !== old.ruleId || candidate.view !== old.view || candidate.target.key === old.target.key) return false;
  if (before.byFingerprint.get(candidate.fingerprint)?.status === 'FAIL') return false;
  if (old.view === 'grant') {
    const [oldRole, oldTarget] = splitGrant(old.target.key);
    const [newRole, newTarget] = splitGrant(candidate.target.key);
    return oldRole === newRole || oldTarget === newTarget;
  }
  return !after.items.has(`${old.view}\0${old.target.key}`) && !before.items.has(`${candidate.view}\0${candidate.target.key}`);
}

function splitGrant(key: string): [string, string] {
  const gt = key.indexOf('>');
  return gt === -1 ? [key, ''] : [key.slice(0, gt), key.slice(gt + 1).replace(/#\d+$/, '')];
}
