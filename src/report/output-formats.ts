// The output formats, by name: each renders the one JSON report into its own form.
import type { Lang } from '../i18n/bilingual.js';
import { renderCsvChunks } from './csv-reporter.js';
import { renderAuditReportHtml } from './audit-report-html.js';
import { renderHtmlChunks } from './html-reporter.js';
import { renderJsonChunks } from './json-reporter.js';
import { renderJunitChunks } from './junit-reporter.js';
import { renderMarkdownChunks } from './markdown-reporter.js';
import type { AuditReport } from './report-schema.js';
import type { SarifRoot } from './sarif-artifact.js';
import { renderSarifChunks } from './sarif-reporter.js';
import { renderTextChunks } from './text-reporter.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colour (text on a terminal only). */
  color: boolean;
  /** Markdown: at most this many characters (see GITHUB_COMMENT_LIMIT). */
  markdownBudget?: number;
  /** SARIF: the repository root artifact URIs are relative to (--sarif-root). */
  sarifRoot?: SarifRoot;
}

export interface OutputFormat {
  name: string;
  description: string;
  /** The report as consecutive pieces of text (one piece for most formats; JSON streams). */
  render(report: AuditReport, options: RenderOptions): Iterable<string>;
}

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  { name: 'text', description: 'for a terminal: findings by severity, summary line', render: (r, o) => renderTextChunks(r, o) },
  { name: 'json', description: 'the report itself (pipl-audit schema report)', render: (r) => renderJsonChunks(r) },
  { name: 'sarif', description: 'SARIF 2.1.0 for code scanning', render: (r, o) => renderSarifChunks(r, { lang: o.lang, ...(o.sarifRoot ? { root: o.sarifRoot } : {}) }) },
  { name: 'junit', description: 'JUnit XML, one test case per rule and target', render: (r, o) => renderJunitChunks(r, o) },
  { name: 'markdown', description: 'Markdown for a pull-request comment', render: (r, o) => renderMarkdownChunks(r, { lang: o.lang, ...(o.markdownBudget !== undefined ? { budget: o.markdownBudget } : {}) }) },
  { name: 'csv', description: 'CSV (UTF-8 with BOM), one finding a row', render: (r, o) => renderCsvChunks(r, o) },
  { name: 'html', description: 'one self-contained HTML page, offline', render: (r, o) => renderHtmlChunks(r, o) },
  {
    name: 'audit-report',
    description: 'the compliance audit report (合规审计报告): an A4 HTML document to print and sign, judged against the CAC guideline',
    render: (r, o) => [renderAuditReportHtml(r, o.lang)],
  },
];

export const OUTPUT_FORMAT_NAMES = OUTPUT_FORMATS.map((f) => f.name);

export function outputFormat(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.name === name);
}
