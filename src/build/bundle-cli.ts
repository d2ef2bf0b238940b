// The last step of `npm run build`: bundles the command line (dist/cli/cli.js, as tsc wrote it,
// and every module of this package it imports) into dist/cli/main.js and a few chunks in
// dist/cli/bundle/. Before, a small audit loaded ~580 ES modules (200 of them @sinclair/typebox's,
// 74 of yaml's), and resolving, reading and compiling them one by one was the largest part of its
// start-up (bench/README.md, "Latency").
//
// What stays as it was:
// - The library (dist/index.js and every module beside it): tsc's output, untouched. The bundle is
//   made from those files, so the CLI runs the same code.
// - Lazy loading: each `import()` (a command other than the one run, an importer's heavy part)
//   becomes a chunk of its own, loaded only when that import runs.
// - Dependencies are imported from node_modules, except the few small pure-JavaScript ones every
//   run loads (INLINED). Those with native code, WebAssembly or data files beside them (PGlite,
//   libpg-query, the TypeScript compiler, casbin, exceljs, ajv's runtime the precompiled
//   validators require …) are never bundled: they load as before, and only where they did.
// - Every `import.meta.url` of a bundled module still names that module's own file in dist/, so
//   what a module finds beside itself (precompiled validators, worker scripts, the package root)
//   is found as before: the bundle is a faster way to load dist/, not a replacement of it.
// - Stack traces: each bundle file has a source map back to the dist/ files it was made from;
//   an internal error's stack is printed with those files and lines (src/cli/stack-origin.ts).
//
// If only tsc runs (no bundling), dist/cli/main.js is tsc's own: it imports ./cli.js and the CLI
// runs from the modules as tsc wrote them, never from a stale bundle.
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const DIST = fileURLToPath(new URL('..', import.meta.url));
const CLI_DIR = join(DIST, 'cli');
// main.js (tsc's) decides whether to run the audit here or start again (young-generation.ts), then
// imports cli.js: the bundle's entry stays that small, and everything else is a chunk.
const ENTRY = join(CLI_DIR, 'main.js');
/** Where the chunks go (the entry is dist/cli/main.js). */
export const CHUNK_DIR = 'bundle';

/**
 * Dependencies bundled with the CLI: loaded by every run, pure JavaScript, nothing read beside
 * themselves. Everything else stays in node_modules.
 */
const INLINED = new Set(['@sinclair/typebox', 'yaml', 'js-yaml', 'commander', 'csv-parse', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/dictionary-compression']);

/** The name of the binding each chunk declares: the URL of dist/ (see `intro`). */
const DIST_URL = '__piplAuditDistUrl';

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const posix = (path: string) => path.split(sep).join('/');

/** The bytes of this module's source map comment, dropped: the bundle's maps point at the dist/ files themselves. */
const SOURCE_MAP_COMMENT = /^\/\/# sourceMappingURL=.*$/m;
/** A #! line at the very start of a module. */
const HASHBANG = /^#!/;

export async function bundleCli(): Promise<string[]> {
  rmSync(join(CLI_DIR, CHUNK_DIR), { recursive: true, force: true });
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'node',
    external: (id) => {
      if (id.startsWith('node:')) return true;
      if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
      return !INLINED.has(packageOf(id));
    },
    plugins: [
      {
        name: 'pipl-audit-module-url',
        // A module of dist/ keeps its own URL: `import.meta.url` becomes that file's URL, worked
        // out from the chunk's own (which is where the module now runs).
        transform(code, id) {
          // No lines move (`map: null` keeps the positions): only a column, after an
          // `import.meta.url`, on the few lines that have one.
          // The entry's own #! line becomes a comment (the bundle's banner writes one).
          code = code.replace(HASHBANG, '//');
          if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return { code: code.replace(SOURCE_MAP_COMMENT, ''), map: null };
          const own = JSON.stringify(posix(relative(DIST, id)));
          return { code: code.replace(SOURCE_MAP_COMMENT, '').replaceAll('import.meta.url', `new URL(${own}, ${DIST_URL}).href`), map: null };
        },
      },
    ],
  });
  const { output } = await bundle.write({
    dir: CLI_DIR,
    format: 'esm',
    sourcemap: true,
    // The sources are dist/'s files and node_modules' own, which ship beside the bundle.
    sourcemapExcludeSources: true,
    entryFileNames: 'main.js',
    chunkFileNames: `${CHUNK_DIR}/[name]-[hash].js`,
    banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    // Every chunk knows where dist/ is, relative to itself.
    intro: (chunk) => `const ${DIST_URL} = new URL(${JSON.stringify(posix(relative(dirname(join(CLI_DIR, chunk.fileName)), DIST)) + '/')}, import.meta.url);`,
  });
  await bundle.close();
  return output.map((o) => o.fileName);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await bundleCli();
  const entry = readFileSync(join(CLI_DIR, 'main.js'), 'utf8');
  if (!entry.startsWith('#!/usr/bin/env node')) throw new Error('the bundled CLI lost its #! line');
  // The package's bin: executable as built, not only once npm has linked it (a fresh clone's
  // `npx pipl-audit` runs it directly, and npm's own chmod can be skipped for the root package).
  chmodSync(join(CLI_DIR, 'main.js'), 0o755);
  console.log(`bundled the CLI into ${files.filter((f) => f.endsWith('.js')).length} files (dist/cli/main.js, dist/cli/${CHUNK_DIR}/)`);
}
