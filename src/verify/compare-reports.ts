// Before against after, finding by finding, by fingerprint (rule + item identity, never a line
// number). Every FAIL of either side gets exactly one change:
//   RESOLVED        FAIL before; after has no finding with that fingerprint (or a PASS), and
//                   after ran the rule and could evaluate it
//   UNCHANGED       FAIL before and FAIL (or SUPPRESSED) after
//   NOT_COMPARABLE  FAIL before; after says NOT_EVALUATED or MANUAL for it, did not run the rule,
//                   or could not read a source the rule reads — nothing can be said
//   REGRESSED       FAIL after; before had that fingerprint PASS or SUPPRESSED, or had no finding
//                   with it but did have findings on the same item (the item existed and got worse)
//   NEW             FAIL after; before had no FAIL with that fingerprint and the item was not known
//                   to it (a new item, a rule before did not run, or before NOT_EVALUATED/MANUAL)
import type { Finding } from '../findings/finding.js';
import { SEVERITY_RANK } from '../findings/finding.js';
import type { AuditReport } from '../report/report-schema.js';
import { snapshotOf } from './finding-snapshot.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { withAspects } from '../findings/fold-aspects.js';
import type { ChangeEntry, Change } from './verify-result-schema.js';

export interface ReportIndex {
  report: AuditReport;
  byFingerprint: Map<string, Finding>;
  /** `view\0key` of every item some finding names. */
  items: Set<string>;
  rules: Set<string>;
  /** Rules with a NOT_EVALUATED finding for an unreadable source (key `source:…`). */
  rulesWithUnreadSource: Set<string>;
  /** FAIL findings, by rule id. */
  failsByRule: Map<string, Finding[]>;
  /** The finding each item of a grouped finding belongs to, by `ruleId\0itemKey` (a FAIL wins). */
  byMember: Map<string, Finding>;
}

export function indexReport(report: AuditReport): ReportIndex {
  const byFingerprint = new Map<string, Finding>();
  const items = new Set<string>();
  const rulesWithUnreadSource = new Set<string>();
  const failsByRule = new Map<string, Finding[]>();
  const byMember = new Map<string, Finding>();
  // Verdicts are compared rule by rule: an aspect folded into another rule's finding counts as its own.
  for (const f of withAspects(report.findings as Finding[])) {
    if (f.status === 'FAIL') {
      const list = failsByRule.get(f.ruleId);
      if (list) list.push(f);
      else failsByRule.set(f.ruleId, [f]);
    }
    // A FAIL wins over any other status for the same fingerprint (there is normally one).
    const seen = byFingerprint.get(f.fingerprint);
    if (!seen || f.status === 'FAIL') byFingerprint.set(f.fingerprint, f);
    items.add(`${f.view}\0${f.target.key}`);
    for (const member of f.members?.items ?? []) {
      items.add(`${f.view}\0${member.key}`);
      const key = `${f.ruleId}\0${member.key}`;
      const had = byMember.get(key);
      if (!had || f.status === 'FAIL') byMember.set(key, f);
    }
    if (f.status === 'NOT_EVALUATED' && f.target.key.startsWith('source:')) rulesWithUnreadSource.add(f.ruleId);
  }
  return { report, byFingerprint, items, rules: new Set(report.rules.map((r) => r.id)), rulesWithUnreadSource, failsByRule, byMember };
}

const CHANGE_ORDER: Change[] = ['NEW', 'REGRESSED', 'NOT_COMPARABLE', 'UNCHANGED', 'RESOLVED'];

/** Why after cannot speak for a fingerprint of rule `ruleId`, or undefined when it can. */
export function afterCannotTell(after: ReportIndex, ruleId: string, fingerprint: string): 'NOT_RUN' | 'NOT_EVALUATED' | 'MANUAL' | 'UNREAD_SOURCE' | undefined {
  if (!after.rules.has(ruleId)) return 'NOT_RUN';
  const status = after.byFingerprint.get(fingerprint)?.status;
  if (status === 'NOT_EVALUATED' || status === 'MANUAL') return status;
  if (status === undefined && after.rulesWithUnreadSource.has(ruleId)) return 'UNREAD_SOURCE';
  return undefined;
}

/**
 * For a grouped FAIL whose cause after does not list: where its items went. When one still fails
 * (under another cause, e.g. a renamed policy), that finding is the same failure; when one cannot
 * be evaluated, nothing can be said; only when none of them is either is the group resolved.
 */
function followMembers(f: Finding, after: ReportIndex): Finding | undefined {
  let undecided: Finding | undefined;
  for (const member of f.members?.items ?? []) {
    const g = after.byMember.get(`${f.ruleId}\0${member.key}`) ?? after.byFingerprint.get(fingerprintOf(f.ruleId, member.key));
    if (!g) continue;
    if (g.status === 'FAIL' || g.status === 'SUPPRESSED') return g;
    if (g.status === 'NOT_EVALUATED' || g.status === 'MANUAL') undecided ??= g;
  }
  return undecided;
}

export function compareReports(before: ReportIndex, after: ReportIndex): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  /** After's FAILs already matched to a before group through its members. */
  const matched = new Set<string>();
  for (const f of before.byFingerprint.values()) {
    if (f.status !== 'FAIL') continue;
    const g = after.byFingerprint.get(f.fingerprint) ?? followMembers(f, after);
    if (g && g.fingerprint !== f.fingerprint && g.status === 'FAIL') matched.add(g.fingerprint);
    const entry = { ruleId: f.ruleId, severity: f.severity, target: f.target, fingerprint: f.fingerprint, beforeStatus: 'FAIL' as const, before: snapshotOf(f) };
    if (g && (g.status === 'FAIL' || g.status === 'SUPPRESSED')) out.push({ change: 'UNCHANGED', ...entry, target: g.target, severity: g.severity, afterStatus: g.status, after: snapshotOf(g) });
    else if ((g && (g.status === 'NOT_EVALUATED' || g.status === 'MANUAL')) || afterCannotTell(after, f.ruleId, f.fingerprint)) out.push({ change: 'NOT_COMPARABLE', ...entry, afterStatus: g?.status ?? 'ABSENT', ...(g ? { after: snapshotOf(g) } : {}) });
    else out.push({ change: 'RESOLVED', ...entry, afterStatus: g?.status ?? 'ABSENT', ...(g ? { after: snapshotOf(g) } : {}) });
  }
  for (const g of after.byFingerprint.values()) {
    if (g.status !== 'FAIL' || matched.has(g.fingerprint)) continue;
    const f = before.byFingerprint.get(g.fingerprint);
    if (f?.status === 'FAIL') continue;
    const beforeStatus = f?.status ?? 'ABSENT';
    const itemKnown = before.items.has(`${g.view}\0${g.target.key}`) || (g.members?.items ?? []).some((m) => before.items.has(`${g.view}\0${m.key}`));
    const regressed = beforeStatus === 'PASS' || beforeStatus === 'SUPPRESSED' || (beforeStatus === 'ABSENT' && itemKnown && before.rules.has(g.ruleId));
    out.push({
      change: regressed ? 'REGRESSED' : 'NEW',
      ruleId: g.ruleId,
      severity: g.severity,
      target: g.target,
      fingerprint: g.fingerprint,
      beforeStatus,
      afterStatus: 'FAIL',
      ...(f ? { before: snapshotOf(f) } : {}),
      after: snapshotOf(g),
    });
  }
  return out.sort(
    (a, b) =>
      CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.target.key < b.target.key ? -1 : a.target.key > b.target.key ? 1 : 0),
  );
}
