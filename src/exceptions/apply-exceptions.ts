// Applies exceptions to a report before it is rendered: each FAIL, NOT_EVALUATED or MANUAL
// finding an exception in force covers becomes SUPPRESSED (kept, with the exception that
// accepted it, and counted apart); every exception's outcome is recorded in the report —
// active, expired (past its date: suppresses nothing) or unmatched (in force, matched nothing).
// How much the file suppresses is recorded too (`gate.suppression`): the share of FAILs it
// suppressed against a stated limit, and the critical FAILs among them — a warning in every
// report, an error under strict mode.
import { compareFindings } from '../findings/finding.js';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { moveCount, summarise } from '../report/report-summary.js';
import type { AuditReport, ExceptionOutcome, ReportFinding } from '../report/report-schema.js';
import { globToRegExp } from './glob-pattern.js';

/** The share of FAILs (per cent) an exceptions file may suppress before it is reported as switching the gate off. */
export const DEFAULT_MAX_SUPPRESSED_SHARE = 50;
import type { LoadedException } from './load-exceptions.js';

const SUPPRESSIBLE = new Set(['FAIL', 'NOT_EVALUATED', 'MANUAL']);

export interface ApplyExceptionsOptions {
  /** Expired or unmatched exceptions are errors (InputError naming file and line), not notes in the report. */
  strict?: boolean;
  /** The share of FAILs (per cent, 0–100) the exceptions may suppress; default 50. */
  maxSuppressedShare?: number;
}

/** Whether an exception is still in force on the audit's date: it applies to audits dated before `expires`. */
export function inForce(exception: LoadedException, asOf: string): boolean {
  return asOf < exception.expires;
}

export function applyExceptions(report: AuditReport, exceptions: readonly LoadedException[], options: ApplyExceptionsOptions = {}): AuditReport {
  const matchers = exceptions.map((e) => ({ exception: e, matches: matcherOf(e), active: inForce(e, report.asOf), matched: 0 }));
  const rules = report.rules.map((r) => ({ ...r, counts: { ...r.counts } }));
  const countsOf = new Map(rules.map((r) => [r.id, r.counts]));
  const findings: ReportFinding[] = report.findings.map((finding) => {
    if (!SUPPRESSIBLE.has(finding.status)) return finding;
    let applied: LoadedException | undefined;
    for (const m of matchers) {
      if (!m.matches(finding)) continue;
      if (m.active && !applied) applied = m.exception;
      if (m.active ? applied === m.exception : true) m.matched++;
    }
    if (!applied) return finding;
    const status = finding.status as 'FAIL' | 'NOT_EVALUATED' | 'MANUAL';
    const counts = countsOf.get(finding.ruleId);
    if (counts) moveCount(counts, status, 'SUPPRESSED', finding.members?.count);
    return {
      ...finding,
      status: 'SUPPRESSED' as const,
      suppression: {
        exception: applied.id,
        status,
        reason: applied.reason,
        approver: applied.approver,
        ...(applied.reference !== undefined ? { reference: applied.reference } : {}),
        expires: applied.expires,
      },
    };
  });
  findings.sort(compareFindings);

  const outcomes: ExceptionOutcome[] = matchers.map(({ exception: e, active, matched }) => ({
    id: e.id,
    file: e.file,
    ...(e.line !== undefined ? { line: e.line } : {}),
    rule: e.rule,
    target: e.fingerprint !== undefined ? `fingerprint:${e.fingerprint}` : (e.target ?? ''),
    reason: e.reason,
    approver: e.approver,
    ...(e.reference !== undefined ? { reference: e.reference } : {}),
    expires: e.expires,
    state: !active ? 'expired' : matched === 0 ? 'unmatched' : 'active',
    matched,
  }));

  const suppressedFails = findings.filter((f) => f.suppression?.status === 'FAIL');
  const fails = report.findings.filter((f) => f.status === 'FAIL').length;
  const limitPercent = options.maxSuppressedShare ?? DEFAULT_MAX_SUPPRESSED_SHARE;
  const percent = fails === 0 ? 0 : Math.round((suppressedFails.length / fails) * 1000) / 10;
  const suppression = {
    fails,
    suppressed: suppressedFails.length,
    percent,
    limitPercent,
    exceeded: fails > 0 && suppressedFails.length / fails > limitPercent / 100,
    critical: suppressedFails.filter((f) => f.severity === 'critical').length,
  };

  if (options.strict) {
    const problems: Diagnostic[] = outcomes
      .filter((o) => o.state !== 'active')
      .map((o) => ({
        severity: 'error' as const,
        file: o.file,
        ...(o.line !== undefined ? { line: o.line } : {}),
        message:
          o.state === 'expired'
            ? `exception ${o.id} (${o.rule} ${o.target}) expired on ${o.expires}${o.matched > 0 ? ` and would still cover ${o.matched} finding(s)` : ''}`
            : `exception ${o.id} (${o.rule} ${o.target}) matches no finding`,
        expected: o.state === 'expired' ? 'the risk fixed, or the exception renewed with a new approval' : 'exceptions that cover a current finding (remove it once the finding is fixed)',
      }));
    if (suppression.exceeded) {
      problems.push({
        severity: 'error',
        file: exceptions[0]?.file ?? 'exceptions',
        message: `the exceptions suppress ${suppression.suppressed} of ${fails} FAIL finding(s) (${percent} %), more than the stated ${limitPercent} %`,
        expected: 'the findings fixed rather than suppressed, or a larger --max-suppressed-share stated on the record',
      });
    }
    if (problems.length > 0) throw new InputError(problems);
  }

  return { ...report, rules, summary: summarise(rules, findings), findings, exceptions: outcomes, gate: { disabledRules: report.gate?.disabledRules ?? [], suppression } };
}

function matcherOf(e: LoadedException): (f: ReportFinding) => boolean {
  const rule = e.rule;
  if (e.fingerprint !== undefined) {
    const fp = e.fingerprint;
    return (f) => f.fingerprint === fp && f.ruleId === rule;
  }
  if (e.target === undefined) return () => false;
  const target = globToRegExp(e.target);
  return (f) => f.ruleId === rule && (target.test(f.target.key) || target.test(f.target.label));
}
