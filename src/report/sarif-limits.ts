// GitHub code scanning's documented limits on an uploaded SARIF file ("SARIF support for code
// scanning", and "SARIF results exceed one or more limits"): above a hard limit the upload is
// rejected whole. The SARIF output stays within them: when the findings are too many (or too
// large once compressed), the most severe are kept — FAIL by severity, then NOT_EVALUATED,
// MANUAL, suppressed and passed ones, new before unchanged — and the run's notifications say what
// was left out. The JSON report always holds everything.
import { deflateRawSync } from 'node:zlib';
import { SEVERITY_RANK } from '../findings/finding.js';
import type { ReportFinding } from './report-schema.js';

export const GITHUB_SARIF_LIMITS = {
  /** Results per run (hard limit; GitHub shows the top 5,000 by severity). */
  resultsPerRun: 25_000,
  /** Locations per result, and we apply the same to related locations (hard limit; 100 shown). */
  locationsPerResult: 1_000,
  /** Tags per rule (hard limit; 10 shown). */
  tagsPerRule: 20,
  /** The upload, gzip-compressed: at most 10 MB. */
  compressedBytes: 10_000_000,
} as const;

/** Order in which results are kept when not all fit: determined problems first, most severe first. */
const STATUS_RANK: Record<string, number> = { FAIL: 0, NOT_EVALUATED: 1, MANUAL: 2, SUPPRESSED: 3, PASS: 4 };

export function keepOrder(findings: readonly ReportFinding[]): number[] {
  const order = findings.map((_, i) => i);
  const status = (f: ReportFinding) => STATUS_RANK[f.status] ?? 5;
  return order.sort((a, b) => {
    const fa = findings[a] as ReportFinding;
    const fb = findings[b] as ReportFinding;
    return (
      status(fa) - status(fb) ||
      SEVERITY_RANK[fb.severity] - SEVERITY_RANK[fa.severity] ||
      (fa.baselineState === 'unchanged' ? 1 : 0) - (fb.baselineState === 'unchanged' ? 1 : 0) ||
      a - b
    );
  });
}

const BATCH_BYTES = 1 << 20;

/** Deflate at its fastest level: it compresses no better than the uploader does, so the size is a safe bound. */
const deflatedSize = (text: string) => deflateRawSync(text, { level: 1 }).length;

/**
 * Which results to keep: at most `maxResults`, in keep order, while the compressed size stays
 * within `budgetBytes`. While the results fit uncompressed nothing is compressed; past that,
 * results are compressed in batches of about 1 MB: the whole file compresses at least as well as
 * its batches do one by one (deflate looks back only 32 KB), so the sum of their sizes bounds the
 * file's. A batch that would overflow is taken result by result.
 */
export function selectResults(
  findings: readonly ReportFinding[],
  serialise: (f: ReportFinding) => string,
  budgetBytes: number,
  maxResults: number = GITHUB_SARIF_LIMITS.resultsPerRun,
): Uint8Array {
  const kept = new Uint8Array(findings.length);
  let used = 0;
  let full = false;
  // Kept while everything fits uncompressed (at most the budget): compressed once it no longer does.
  let held: string[] = [];
  let heldBytes = 0;
  let compressing = false;
  let batch: Array<{ index: number; text: string }> = [];
  let batchChars = 0;
  const flush = () => {
    if (batch.length === 0 || full) return;
    const text = batch.map((b) => b.text).join(',\n');
    const raw = Buffer.byteLength(text);
    if (!compressing && used + raw <= budgetBytes) {
      used += raw;
      held.push(text);
      heldBytes += raw;
      for (const b of batch) kept[b.index] = 1;
    } else {
      if (!compressing) {
        compressing = true;
        used = used - heldBytes + (held.length > 0 ? deflatedSize(held.join(',\n')) : 0);
        held = [];
      }
      const size = deflatedSize(text);
      if (used + size <= budgetBytes) {
        used += size;
        for (const b of batch) kept[b.index] = 1;
      } else {
        for (const b of batch) {
          const one = deflatedSize(b.text) + 2;
          if (used + one > budgetBytes) {
            full = true;
            break;
          }
          used += one;
          kept[b.index] = 1;
        }
      }
    }
    batch = [];
    batchChars = 0;
  };
  let taken = 0;
  for (const index of keepOrder(findings)) {
    if (full || taken >= maxResults) break;
    const text = serialise(findings[index] as ReportFinding);
    batch.push({ index, text });
    batchChars += text.length;
    taken++;
    if (batchChars >= BATCH_BYTES) flush();
  }
  flush();
  return kept;
}

/** The compressed size of a piece of the log (its frame: everything but the results). */
export function compressedSize(text: string): number {
  return deflatedSize(text);
}
