// Test support: the courier example's report from the library, computed once for the whole test
// run (see shared-results.ts) and shared by every file that renders or reads it.
import { join } from 'node:path';
import type { AuditReport } from '../../src/report/report-schema.js';
import { REPO_ROOT } from './run-cli.js';
import { sharedAudit } from './shared-results.js';

export const COURIER_BEFORE = join(REPO_ROOT, 'examples/courier/before');

export function courierReport(): Promise<AuditReport> {
  return sharedAudit({ paths: ['examples/courier/before'], exceptions: false });
}
