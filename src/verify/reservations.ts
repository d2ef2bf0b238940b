// What remains open after a rectification even when every item is FIXED: manual checks the after
// audit still leaves to people, findings the company suppressed by its own exceptions, objects of
// the after exports the mapping no longer ties to the manifest, and entities the before audit saw
// that the after audit no longer has (so a "fixed" item may be fixed only by disappearing). Any of
// them makes the verdict "passed with reservations", never a plain pass.
import type { Finding } from '../findings/finding.js';
import { TARGET_KINDS } from '../recommendation/recommendation-schema.js';
import type { ReportIndex } from './compare-reports.js';
import type { VerifySide } from './verify-side.js';
import type { Reservations, Verdict } from './verify-result-schema.js';

export function reservationsOf(before: { side: VerifySide; index: ReportIndex }, after: { side: VerifySide; index: ReportIndex }): Reservations {
  const findings = after.side.report.findings as Finding[];
  const manual = findings
    .filter((f) => f.status === 'MANUAL')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, target: f.target, message: f.message, ...(f.reason ? { reason: f.reason } : {}) }));
  const suppressed = findings
    .filter((f) => f.status === 'SUPPRESSED' && f.suppression)
    .map((f) => {
      const s = f.suppression as NonNullable<Finding['suppression']>;
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        target: f.target,
        status: s.status,
        exception: s.exception,
        reason: s.reason,
        approver: s.approver,
        ...(s.reference ? { reference: s.reference } : {}),
        expires: s.expires,
      };
    });
  const unmapped = after.side.report.coverage.map((c) => ({
    file: c.file,
    ...(c.line !== undefined ? { line: c.line } : {}),
    kind: c.kind,
    name: c.name,
    note: c.note,
    ...(c.noteZh !== undefined ? { noteZh: c.noteZh } : {}),
  }));
  return { manual, suppressed, unmapped, vanished: vanishedEntities(before, after) };
}

/**
 * Entities before had and after has not. With sources on both sides, from the inventories; with
 * a saved report, from the objects its findings name — and only when after lists its passes, since
 * otherwise an absent object may merely have passed.
 */
function vanishedEntities(before: { side: VerifySide; index: ReportIndex }, after: { side: VerifySide; index: ReportIndex }): Reservations['vanished'] {
  const out: Reservations['vanished'] = [];
  if (before.side.entities && after.side.entities) {
    for (const kind of TARGET_KINDS) {
      const had = after.side.entities.get(kind) ?? new Set<string>();
      for (const id of [...(before.side.entities.get(kind) ?? [])].sort()) if (!had.has(id)) out.push({ kind, id });
    }
    return out;
  }
  if (!after.side.listsPasses) return out;
  const seen = new Set<string>();
  for (const key of [...before.index.items].sort()) {
    if (after.index.items.has(key)) continue;
    const [view, id] = key.split('\0') as [string, string];
    if (id.startsWith('source:') || seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: view, id });
  }
  return out;
}

export function reservationCount(r: Reservations): number {
  return r.manual.length + r.suppressed.length + r.unmapped.length + r.vanished.length;
}

/**
 * PASSED only when the check passed and nothing remains open; PASSED_WITH_RESERVATIONS when it
 * passed but something does; PARTIAL when some items are fixed but not all (or the gate failed);
 * FAILED when no item is fixed, or (without a recommendation) the gate failed.
 */
export function verdictOf(passed: boolean, fixedItems: number, reservations: Reservations): Verdict {
  if (passed) return reservationCount(reservations) > 0 ? 'PASSED_WITH_RESERVATIONS' : 'PASSED';
  return fixedItems > 0 ? 'PARTIAL' : 'FAILED';
}
