// Which files of a code base are scanned, and which are skipped with a note: files over the size
// limit, minified bundles, binary content under a .js name, declaration files, and files a
// tsconfig or the project file's globs leave out.
import { parse as parseJsonc } from 'jsonc-parser';
import { posix } from 'node:path';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import { globMatcher } from './code-globs.js';

export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Longest average line a hand-written file has; bundlers and minifiers write far longer ones. */
const MINIFIED_AVERAGE_LINE = 300;

export function isCodeFile(path: string): boolean {
  const p = path.toLowerCase();
  return CODE_EXTENSIONS.some((e) => p.endsWith(e)) && !/\.d\.[cm]?ts$/.test(p);
}

export function isProjectMarker(path: string): boolean {
  const name = posix.basename(path);
  return name === 'tsconfig.json' || name === 'package.json' || /^tsconfig\.[\w.-]+\.json$/.test(name);
}

/** Why a file is not scanned, or undefined when it is. */
export function skipReason(input: SourceInput, maxBytes: number): string | undefined {
  if (input.size > maxBytes) return `larger than ${Math.round(maxBytes / 1024)} KB (${Math.round(input.size / 1024)} KB); generated files are not scanned (raise options.maxFileBytes to scan it)`;
  if (input.head.includes('\u0000') || (input.head.match(/\uFFFD/g)?.length ?? 0) > 8) return 'binary content under a source-file name';
  if (/\.min\.[cm]?js$/i.test(input.path)) return 'minified bundle (.min.js)';
  const newlines = input.head.split('\n').length - 1;
  const sample = Math.min(input.size, input.head.length);
  if (sample >= 2048 && sample / (newlines + 1) > MINIFIED_AVERAGE_LINE) return `minified or generated code (average line longer than ${MINIFIED_AVERAGE_LINE} characters)`;
  return undefined;
}

export interface SelectedFiles {
  scan: SourceInput[];
  skipped: Diagnostic[];
}

/** Applies the options' tsconfig/include/exclude (relative to `root`) and the skip rules. */
export function selectCodeFiles(inputs: SourceInput[], root: string, options: { include?: string[]; exclude?: string[]; tsconfig?: SourceInput; maxFileBytes?: number }): SelectedFiles {
  let include = options.include;
  let exclude = options.exclude ?? [];
  let base = root;
  if (options.tsconfig) {
    const config = parseJsonc(options.tsconfig.text()) as { include?: string[]; exclude?: string[]; files?: string[] } | undefined;
    base = posix.dirname(options.tsconfig.path);
    if (!include && (config?.include || config?.files)) include = [...(config?.include ?? []), ...(config?.files ?? [])];
    if (!options.exclude && config?.exclude) exclude = config.exclude;
  }
  const included = include ? globMatcher(include) : () => true;
  const excluded = globMatcher(exclude);
  const relativeTo = (path: string) => (base === '.' || base === '' ? path : path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path);
  const out: SelectedFiles = { scan: [], skipped: [] };
  for (const input of inputs) {
    if (!isCodeFile(input.path)) continue;
    // Next.js build output (.next/) is compiled from the app's own files, which are scanned.
    if (/(^|\/)\.next\//.test(input.path)) continue;
    const rel = relativeTo(input.path);
    if (!included(rel) || (exclude.length > 0 && excluded(rel))) continue;
    const reason = skipReason(input, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if (reason) out.skipped.push({ severity: 'warning', file: input.path, message: `not scanned: ${reason}` });
    else out.scan.push(input);
  }
  return out;
}
