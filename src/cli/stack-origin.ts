// An internal error prints its stack (cli-error.ts). The CLI runs from a bundle
// (src/build/bundle-cli.ts), whose frames would name dist/cli/main.js or a chunk in
// dist/cli/bundle/ instead of the file whose code failed. Each bundle file has a source map back to
// the files it was made from (dist/'s modules, node_modules' own, all shipped beside it); this
// puts those files, lines and columns in place of the bundle's. The maps are read only when an
// internal error is reported, never at start-up (Node's --enable-source-maps would read them in
// every run). A frame of any other file, or one the map does not cover, is left as it is.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** dist/cli: this module's own folder (the bundle keeps each module's own URL). */
const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const BUNDLE_DIR = join(CLI_DIR, 'bundle');
const BUNDLE_ENTRY = join(CLI_DIR, 'main.js');

/** `file:///…/x.js:12:34` or `/…/x.js:12:34` in a stack frame. */
const FRAME_PLACE = /(file:\/\/\/[^\s()]+?|\/[^\s()]+?):(\d+):(\d+)/g;

function readMap(file: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    return undefined;
  }
}

/** The stack with each frame in the bundle moved to the file, line and column it was bundled from. */
export function originalStack(stack: string, bundleDir = BUNDLE_DIR, bundleEntry = BUNDLE_ENTRY): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(FRAME_PLACE, (place: string, where: string, line: string, column: string) => {
    const isUrl = where.startsWith('file:');
    let file: string;
    try {
      file = isUrl ? fileURLToPath(where) : where;
    } catch {
      return place;
    }
    if (file !== bundleEntry && dirname(file) !== bundleDir) return place;
    if (!maps.has(file)) maps.set(file, readMap(file));
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (entry?.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return place;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : isAbsolute(entry.originalSource) ? entry.originalSource : resolve(dirname(file), entry.originalSource);
    // tsc's own main.js (no bundle built) maps to sources that are not shipped: left as it is.
    if (!source.endsWith('.js') && !source.endsWith('.mjs') && !source.endsWith('.cjs')) return place;
    if (!existsSync(source)) return place;
    return `${isUrl ? pathToFileURL(source).href : source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
