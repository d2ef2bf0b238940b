// Test support: the courier example's report from the library, computed once per test file.
import { join } from 'node:path';
import { audit } from '../../src/audit.js';
import type { AuditReport } from '../../src/report/report-schema.js';
import { REPO_ROOT } from './run-cli.js';

export const COURIER_BEFORE = join(REPO_ROOT, 'examples/courier/before');
let cached: Promise<AuditReport> | undefined;

export function courierReport(): Promise<AuditReport> {
  cached ??= audit({ paths: [COURIER_BEFORE], cwd: REPO_ROOT, exceptions: false });
  return cached;
}
