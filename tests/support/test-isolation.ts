// Test support: which test files may share one module graph per worker (vitest `isolate: false`)
// and which keep vitest's fresh one per file. Deciding it from each file's text keeps the split
// right as files are added, with no list to maintain.
//
// Isolation costs each file a fresh worker process and a fresh load of everything it imports (the
// auditor, ajv, the rule packs, the built CLI program that runCliInProcess loads…). It protects
// against one file leaking state into the next, which only files that change process-wide state
// can do — environment variables, module settings (configureDumpCache), mocks and stubs, the
// working directory. Those stay isolated, and so do the install tests (npm, and they drop an
// environment variable while they run) and the browser tests (Chromium).
//
// Files that start the CLI share a graph too: a spawned CLI (runCli) is a process of its own and
// leaves the worker as it found it; a run in-process (runCliInProcess, sharedCli) sets the working
// folder, environment, exit code and language for the run and restores them after, which is what
// every later run in the same file already relies on. Sharing saves such a file the worker's start
// and the load of the CLI program (Node keeps the required dist/cli/program.js for the next file).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What makes a test file keep its own module graph: it changes process-wide state, or runs npm or Chromium. */
const NEEDS_ISOLATION = new RegExp(
  [
    String.raw`process\.env\b[^\n;]*=[^=]`, // assigns an environment variable
    String.raw`delete process\.env`,
    String.raw`\bvi\.(mock|doMock|stubEnv|stubGlobal|spyOn|useFakeTimers)\b`,
    String.raw`process\.chdir\(`,
    String.raw`\bconfigure[A-Z]\w*\(`, // a module-level setting of the auditor
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
