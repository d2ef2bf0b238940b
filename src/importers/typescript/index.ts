// TypeScript and JavaScript source code, read statically (parsed, never executed or required):
// routes and the data access their handlers reach, permission definitions, credential handling
// and scheduled deletion jobs, each placed at its file, line and column. The TypeScript parser
// is loaded on the first load() only, so audits without code never pay for it.
import { posix, relative, resolve, sep } from 'node:path';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { checkRoleMapping } from './check-role-mapping.js';
import { checkRouteMapping } from './check-route-mapping.js';
import { displayPathOf } from '../../sources/discover-files.js';
import { readSourceInput, type SourceInput } from '../../sources/source-input.js';
import type { Importer, ImportResult } from '../importer.js';
import { CodeMappingSchema, CodeOptionsSchema, type CodeMapping, type CodeOptions } from './code-options.js';
import { idFrom } from './code-names.js';
import { CODE_EXTENSIONS, isCodeFile, isProjectMarker, selectCodeFiles } from './select-code-files.js';
import { appendAll } from '../../collections/append-all.js';

/** The deepest folder among `roots` that holds `path` ('' for none). */
function rootOf(path: string, roots: string[]): string | undefined {
  let best: string | undefined;
  for (const r of roots) if ((r === '.' || path.startsWith(`${r}/`)) && (best === undefined || r.length > best.length)) best = r;
  return best;
}

function commonFolder(paths: string[]): string {
  const parts = paths.map((p) => posix.dirname(p).split('/'));
  const first = parts[0] ?? ['.'];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join('/') || '.';
}

export const typescriptImporter = {
  format: 'typescript',
  title: 'TypeScript/JavaScript source (a folder with tsconfig.json or package.json)',
  extensions: [...CODE_EXTENSIONS, '.json'],
  supplies: ['codeBases', 'codeRoutes', 'codeCredentialSites', 'deletionJobs'],
  optionsSchema: CodeOptionsSchema,
  mappingSchema: CodeMappingSchema,
  pathOptions: ['tsconfig'],
  detect(input) {
    if (isCodeFile(input.path)) return true;
    return isProjectMarker(input.path) && /^\s*\{/.test(input.head);
  },
  group(inputs) {
    // Each tsconfig.json/package.json folder is one code base; code files join the deepest one
    // above them. Files under none form one code base of their own.
    const roots = [...new Set(inputs.filter((i) => isProjectMarker(i.path)).map((i) => posix.dirname(i.path)))];
    const groups = new Map<string, SourceInput[]>();
    for (const input of inputs) {
      const root = rootOf(input.path, roots) ?? '\0loose';
      const group = groups.get(root);
      if (group) group.push(input);
      else groups.set(root, [input]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g).filter((g) => g.some((i) => isCodeFile(i.path)));
  },
  async load(inputs, context): Promise<ImportResult> {
    const options = context.options as CodeOptions;
    const mapping = context.mapping as CodeMapping;
    const markers = inputs.filter((i) => isProjectMarker(i.path));
    const warnings: Diagnostic[] = [];
    let tsconfig: SourceInput | undefined;
    if (options.tsconfig) {
      // Relative to the project file, like every path in it.
      const fsPath = resolve(context.baseDir, options.tsconfig);
      const wanted = displayPathOf(fsPath, context.cwd);
      tsconfig = inputs.find((i) => i.path === wanted);
      if (!tsconfig) {
        try {
          tsconfig = readSourceInput(fsPath, wanted);
        } catch (error) {
          if (error instanceof InputError) throw new InputError(error.diagnostics.map((d) => ({ ...d, expected: 'options.tsconfig naming an existing tsconfig.json' })));
          throw error;
        }
      }
    }
    const root = tsconfig ? posix.dirname(tsconfig.path) : markers.length > 0 ? commonFolder(markers.map((m) => `${m.path}`)) : commonFolder(inputs.map((i) => i.path));
    tsconfig ??= options.include ? undefined : markers.find((m) => m.path === (root === '.' ? 'tsconfig.json' : `${root}/tsconfig.json`));
    if (markers.length === 0) warnings.push({ severity: 'warning', file: inputs[0]?.path ?? root, message: `code under ${root} has no tsconfig.json or package.json; scanned as loose files` });
    const selected = selectCodeFiles(inputs, root, { ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}), ...(tsconfig ? { tsconfig } : {}), ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}) });
    appendAll(warnings, selected.skipped);
    const texts: Array<{ path: string; text: string }> = [];
    for (const input of selected.scan) {
      try {
        texts.push({ path: input.path, text: input.text() });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        warnings.push({ severity: 'warning', file: input.path, message: 'not scanned: not UTF-8 text' });
      }
    }
    const { scanCodeFiles, workerCount } = await import('./scan-code-files.js');
    const { linkCodeBase } = await import('./link-code-base.js');
    const facts = await scanCodeFiles(texts, workerCount(options.workers, texts.length));
    for (const f of facts) {
      if (f.unreadable) warnings.push({ severity: 'warning', file: f.path, message: `not scanned: ${f.unreadable}` });
      const first = f.syntaxErrors[0];
      if (first) warnings.push({ severity: 'warning', file: f.path, line: first.at.line, column: first.at.column, message: `syntax error: ${first.message}${f.syntaxErrors.length > 1 ? ` (and ${f.syntaxErrors.length - 1} more)` : ''}; the rest of the file was scanned as far as it parses` });
    }
    // The code base is named relative to the project file, so ids do not depend on the working directory.
    const stableRoot = relative(context.baseDir, resolve(context.cwd, root)).split(sep).join('/') || '.';
    checkRoleMapping(mapping.roles, context.declared, context.mappingPlace, facts[0]?.path ?? root);
    const linked = linkCodeBase({ codeBaseId: idFrom(`code:${stableRoot}`), root, files: facts, skipped: warnings.filter((w) => w.message.startsWith('not scanned')).length, mapping, options, declared: context.declared });
    checkRouteMapping(mapping.routes, linked.manifest.codeRoutes ?? [], context.declared, context.mappingPlace, facts[0]?.path ?? root, linked.routeAliases);
    return { manifest: linked.manifest, places: linked.places, grants: linked.grants, locators: linked.locators, warnings, coverage: linked.coverage };
  },
} satisfies Importer;
