// Test support: which test files may share one module graph per worker (vitest `isolate: false`)
// and which keep vitest's fresh one per file. Deciding it from each file's text keeps the split
// right as files are added, with no list to maintain.
//
// Isolation costs each file a fresh load of everything it imports (the auditor, ajv, the rule
// packs…): most of a library test file's time. It protects against one file leaking state into
// the next, which only files that change process-wide state can do — environment variables,
// module settings (configureDumpCache), mocks and stubs, the working directory. Those stay
// isolated, and so do the files that spend their time in child processes (the CLI, npm,
// Chromium), for which a shared module graph saves nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What makes a test file keep its own module graph: it changes process-wide state, or starts processes. */
const NEEDS_ISOLATION = new RegExp(
  [
    String.raw`process\.env\b[^\n;]*=[^=]`, // assigns an environment variable
    String.raw`delete process\.env`,
    String.raw`\bvi\.(mock|doMock|stubEnv|stubGlobal|spyOn|useFakeTimers)\b`,
    String.raw`process\.chdir\(`,
    String.raw`\bconfigure[A-Z]\w*\(`, // a module-level setting of the auditor
    String.raw`\b(runCli|runCliInProcess|sharedCli|spawnSync|spawn|execFileSync|execSync|fork)\(`,
    String.raw`support/(installing|composite-action|dockerfile-on-host)\.js`,
    String.raw`playwright|chromium`,
  ].join('|'),
);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The test files under `root`/tests that run without isolation, as paths relative to `root`. */
export function sharedGraphTestFiles(root: string): string[] {
  return testFiles(join(root, 'tests'))
    .filter((file) => !NEEDS_ISOLATION.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file).split('\\').join('/'))
    .sort();
}
