// A finding as a verification result quotes it: its status, message, reason and evidence.
import type { Finding } from '../findings/finding.js';
import type { FindingSnapshot } from './verify-result-schema.js';

export function snapshotOf(finding: Finding): FindingSnapshot {
  return {
    status: finding.status,
    message: finding.message,
    ...(finding.reason ? { reason: finding.reason } : {}),
    evidence: finding.evidence,
  };
}
