// One piece of evidence as people cite it: file:line:column, or the file alone when its
// position is unknown.
import type { AuditReport } from './report-schema.js';

type Evidence = AuditReport['findings'][number]['evidence'][number];

export function evidencePlace(e: Evidence): string {
  return `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}`;
}
