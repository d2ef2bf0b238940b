// Which outputs a run writes: `-f/--format` may be repeated, each followed by its own
// `-o/--output` (`-f sarif -o out.sarif -f html -o report.html`). A format without an output
// goes to standard output (at most one may); when every format goes to a file, the terminal gets
// only the summary line (src/cli/audit-command.ts) — at national scale the full text report would
// cost more than the files themselves.
import { OUTPUT_FORMAT_NAMES } from '../report/output-formats.js';
import { UsageError } from './cli-error.js';

/**
 * Formats only the command line makes: `audit-report-pdf` prints the audit report document with a
 * Chromium installed on the machine (src/cli/chromium-pdf.ts), so it is not a library renderer.
 */
export const PRINTED_FORMATS = ['audit-report-pdf'] as const;
export const CLI_FORMAT_NAMES: readonly string[] = [...OUTPUT_FORMAT_NAMES, ...PRINTED_FORMATS];

export interface OutputTarget {
  format: string;
  /** undefined: standard output. */
  path?: string;
}

export type OutputFlag = { kind: 'format' | 'output'; value: string };

/** `flags` in command-line order. */
export function planOutputs(flags: readonly OutputFlag[]): OutputTarget[] {
  const formats = flags.filter((f) => f.kind === 'format');
  const outputs = flags.filter((f) => f.kind === 'output');
  let targets: OutputTarget[];
  if (formats.length <= 1 && outputs.length <= 1) {
    // One format and one output pair up in either order (`-o report.json -f json`).
    targets = [{ format: formats[0]?.value ?? 'text', ...(outputs[0] ? { path: outputs[0].value } : {}) }];
  } else {
    targets = [];
    for (const flag of flags) {
      if (flag.kind === 'format') {
        targets.push({ format: flag.value });
        continue;
      }
      const last = targets[targets.length - 1];
      if (!last || last.path !== undefined) {
        throw new UsageError({ zh: `--output ${flag.value} 必须跟在它所对应的 --format 之后（如 -f sarif -o out.sarif -f html -o report.html）`, en: `--output ${flag.value} must follow the --format it is for (e.g. -f sarif -o out.sarif -f html -o report.html)` });
      }
      last.path = flag.value;
    }
  }
  for (const t of targets) {
    if (t.path === '-') delete t.path;
    if (!CLI_FORMAT_NAMES.includes(t.format)) throw new UsageError({ zh: `未知的格式 "${t.format}"（应为以下之一：${CLI_FORMAT_NAMES.join('、')}）`, en: `unknown format "${t.format}" (expected one of: ${CLI_FORMAT_NAMES.join(', ')})` });
    if (t.path === undefined && (PRINTED_FORMATS as readonly string[]).includes(t.format)) throw new UsageError({ zh: `${t.format} 是 PDF 文件，不能输出到标准输出：请用 -o FILE.pdf 指定文件`, en: `${t.format} is a PDF file, not for standard output: give it -o FILE.pdf` });
  }
  const toStdout = targets.filter((t) => t.path === undefined);
  if (toStdout.length > 1) throw new UsageError({ zh: `只能有一种格式输出到标准输出（${toStdout.map((t) => t.format).join('、')}）：其余格式请用 -o FILE 指定文件`, en: `only one format can go to standard output (${toStdout.map((t) => t.format).join(', ')}): give the others -o FILE` });
  const paths = targets.flatMap((t) => (t.path === undefined ? [] : [t.path]));
  const duplicate = paths.find((p, i) => paths.indexOf(p) !== i);
  if (duplicate !== undefined) throw new UsageError({ zh: `两种格式将写入同一文件 ${duplicate}`, en: `two formats would be written to ${duplicate}` });
  return targets;
}
