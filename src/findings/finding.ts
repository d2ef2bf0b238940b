// A finding: one rule's verdict on one item, or on every item that shares one cause, with the
// evidence that shows it.
import type { Bilingual } from '../i18n/bilingual.js';
import type { Severity, Theme } from '../rules/rule-schema.js';

export const STATUSES = ['FAIL', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED', 'PASS'] as const;
export type Status = (typeof STATUSES)[number];

export interface Evidence {
  file: string;
  pointer: string;
  line?: number;
  column?: number;
}

export interface Finding {
  ruleId: string;
  status: Status;
  severity: Severity;
  theme: Theme;
  view: string;
  target: { key: string; label: string };
  message: Bilingual;
  /** For NOT_EVALUATED: why the rule could not decide. */
  reason?: Bilingual;
  evidence: Evidence[];
  fingerprint: string;
  /** For SUPPRESSED: the exception that accepted the finding, and the status it had. */
  suppression?: {
    exception: string;
    status: 'FAIL' | 'NOT_EVALUATED' | 'MANUAL';
    reason: string;
    approver: string;
    reference?: string;
    expires: string;
  };
  /**
   * For a rule with a shared cause (`groupBy`): every item the finding speaks for, each with the
   * place it is stated at. The finding's target is then the cause, not an item.
   */
  members?: FindingMembers;
  /** Set when the severity was raised because the item reaches a volume the 2017 interpretation treats as serious. */
  volume?: VolumeEscalation;
  /** For a rule judged by a decision table: the row that decided, or the inputs not stated. */
  decision?: FindingDecision;
  /**
   * The FAIL findings of narrower rules on the same item that are aspects of this one's cause
   * (their rule's `aspectOf`), each complete with its own fingerprint. The severity is the worst of
   * this finding and its aspects.
   */
  aspects?: Finding[];
}

export interface FindingDecision {
  /** The id of the deciding row, and its number in the table (from 1). */
  row?: string;
  rowNumber?: number;
  /** For NOT_EVALUATED: the inputs the verdict depends on that no input states. */
  unstated?: string[];
}

export interface FindingMembers {
  count: number;
  items: Array<{ key: string; label: string; evidence: Evidence[] }>;
}

export interface VolumeEscalation {
  raisedFrom: Severity;
  records: number;
  crossings: Array<{ category: string; threshold: number }>;
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.target.key < b.target.key ? -1 : a.target.key > b.target.key ? 1 : 0)
  );
}

/**
 * On a grouped finding (`groupBy`), made by the rule: each member as the finding it is ungrouped
 * (its own target, fingerprint, message and evidence), built on demand. A symbol, so no report
 * format writes it; object spread keeps it. Folding uses it where a group folds member by member
 * (an aspect link with `members: each`, src/findings/fold-aspects.ts).
 */
export const MEMBER_FINDINGS: unique symbol = Symbol('memberFindings');
export type WithMemberFindings = { [MEMBER_FINDINGS]?: () => Finding[] };

/**
 * On a finding of a rule with an aspect link `via` a path: the id of the entity each such path
 * names in the finding's item (for a grouped finding: the one id every member names, else absent).
 * A symbol, so no report format writes it.
 */
export const VIA_KEYS: unique symbol = Symbol('viaKeys');
export type WithViaKeys = { [VIA_KEYS]?: Readonly<Record<string, string>> };
