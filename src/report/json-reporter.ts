// The JSON report, serialised with a fixed key order (the report is built in that order) and a
// trailing newline, so identical inputs give identical bytes. It is produced in pieces, so a
// national-scale report is written without first building one giant string (V8 strings stop
// at about 512 MB, which a run with half a million findings would pass); the pieces
// concatenate to exactly JSON.stringify(report, null, 2) + '\n'.
import type { AuditReport } from './report-schema.js';

export function renderJson(report: AuditReport): string {
  return [...renderJsonChunks(report)].join('');
}

/** The report as consecutive pieces of text; findings are serialised a batch at a time. */
export function* renderJsonChunks(report: AuditReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (let from = 0; from < value.length; from += BATCH) {
        const to = Math.min(from + BATCH, value.length);
        yield `${elements(value.slice(from, to))}${to < value.length ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

/** Elements serialised together: large enough that serialising is one native call per batch, small enough to stay far below V8's string limit. */
const BATCH = 512;

const WRAPPER_HEAD = '{\n  "x": [\n';
const WRAPPER_TAIL = '\n  ]\n}';

/**
 * Array elements as they stand in a top-level array of the report (four spaces deep, `,\n`
 * between them, no comma after the last): JSON.stringify of a wrapper object indents them so, and
 * its own first and last lines are cut off.
 */
function elements(items: readonly unknown[]): string {
  const text = JSON.stringify({ x: items }, null, 2);
  return text.slice(WRAPPER_HEAD.length, text.length - WRAPPER_TAIL.length);
}

function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, '\n' + by) : text;
}
