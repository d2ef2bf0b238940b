// Problems found in the user's input: each names a place (file, line, column, JSON pointer)
// and what was expected there. They are collected, never thrown one at a time.
import { inputErrorZh } from '../i18n/input-error-text.js';

export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  severity: DiagnosticSeverity;
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
  message: string;
  expected?: string;
  /** The message in Chinese, where its source gives one (schema errors do); else `message` is shown. */
  messageZh?: string;
  /** What was expected, in Chinese. */
  expectedZh?: string;
}

/** Thrown when input cannot be used; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

/** `file:line:column: error: /pointer: message (expected …)`; in Chinese where the diagnostic has its Chinese text. */
export function formatDiagnostic(d: Diagnostic, lang: 'zh' | 'en' = 'en'): string {
  const place = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const pointer = d.pointer !== undefined && d.pointer !== '' ? ` ${d.pointer}:` : '';
  // Chinese from the diagnostic itself (schema errors), else from the catalogue of reader messages.
  const zh = lang === 'zh' ? (d.messageZh !== undefined ? { messageZh: d.messageZh, expectedZh: d.expectedZh ?? inputErrorZh(d).expectedZh } : inputErrorZh(d)) : undefined;
  if (zh?.messageZh !== undefined) {
    const expectedZh = zh.expectedZh ?? d.expected;
    return `${place}: ${d.severity === 'error' ? '错误' : '警告'}:${pointer} ${zh.messageZh}${expectedZh ? `（应为 ${expectedZh}）` : ''}`;
  }
  const expected = d.expected ? ` (expected ${d.expected})` : '';
  return `${place}: ${d.severity}:${pointer} ${d.message}${expected}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}
