// The JSON report, serialised with a fixed key order (the report is built in that order) and a
// trailing newline, so identical inputs give identical bytes. It is produced in pieces, so a
// national-scale report is written without first building one giant string (V8 strings stop
// at about 512 MB, which a run with half a million findings would pass); the pieces
// concatenate to exactly JSON.stringify(report, null, 2) + '\n'.
import type { AuditReport } from './report-schema.js';

export function renderJson(report: AuditReport): string {
  return [...renderJsonChunks(report)].join('');
}

/** The report as consecutive pieces of text; findings are serialised one at a time. */
export function* renderJsonChunks(report: AuditReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (const [j, item] of value.entries()) {
        yield `    ${indent(JSON.stringify(item, null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, '\n' + by) : text;
}
