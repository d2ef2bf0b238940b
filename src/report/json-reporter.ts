// The JSON report, serialised with a fixed key order (the report is built in that order) and a
// trailing newline, so identical inputs give identical bytes.
import type { AuditReport } from './report-schema.js';

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
