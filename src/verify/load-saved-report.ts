// A saved JSON report given to `verify` as before or after: recognised by its content (a
// `reportVersion` key), and accepted only from this tool version and report version — findings
// of another version are not comparable fingerprint for fingerprint.
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../inventory/diagnostic.js';
import { TOOL_NAME } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import { ReportSchema, type AuditReport } from '../report/report-schema.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { readBytes, decodeUtf8, parseSourceText } from '../sources/source-document.js';
import { createHash } from 'node:crypto';

export interface SavedReport {
  path: string;
  sha256: string;
  report: AuditReport;
}

const REPORT_VERSION = 1;

/** Is this path a saved JSON report (rather than sources to audit)? Decided by content, not by name. */
export function isSavedReport(fsPath: string): boolean {
  if (!existsSync(fsPath) || !statSync(fsPath).isFile()) return false;
  const head = readBytes(fsPath, fsPath).subarray(0, 4096).toString('utf8');
  return /^\s*\{/.test(head) && /"reportVersion"\s*:/.test(head);
}

let validate: ReturnType<typeof compileSchema> | undefined;

export function loadSavedReport(fsPath: string, displayPath: string): SavedReport {
  const bytes = readBytes(fsPath, displayPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document = parseSourceText(decodeUtf8(bytes, displayPath), displayPath, sha256);
  const data = document.data as { reportVersion?: unknown; tool?: { name?: unknown; version?: unknown } } | null;
  const at = (pointer: string) => ({ file: displayPath, ...(document.locate([pointer]).get(pointer) ?? {}), pointer });
  if (data?.reportVersion !== REPORT_VERSION) {
    throw new InputError([{ severity: 'error', ...at('/reportVersion'), message: `report has reportVersion ${JSON.stringify(data?.reportVersion)}; this ${TOOL_NAME} ${TOOL_VERSION} reads reportVersion ${REPORT_VERSION}`, expected: `a report written by ${TOOL_NAME} ${TOOL_VERSION} (or audit the sources again)` }]);
  }
  if (data.tool?.name !== TOOL_NAME || data.tool.version !== TOOL_VERSION) {
    throw new InputError([{ severity: 'error', ...at('/tool'), message: `report was written by ${String(data.tool?.name)} ${String(data.tool?.version)}, not by this ${TOOL_NAME} ${TOOL_VERSION}: its findings and fingerprints may not be comparable`, expected: `a report written by ${TOOL_NAME} ${TOOL_VERSION} (audit the sources again, or pass the sources instead of the report)` }]);
  }
  validate ??= compileSchema('document', ReportSchema);
  if (!validate(data)) throw new InputError(problemsToDiagnostics(displayPath, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  return { path: displayPath, sha256, report: data as AuditReport };
}
