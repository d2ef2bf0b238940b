// The built CLI is a bundle (src/build/bundle-cli.ts): dist/cli/main.js and chunks in
// dist/cli/bundle/. These check what the bundling must not change: an internal error's stack still
// names the files the failing code is in (src/cli/stack-origin.ts), and what each module finds
// beside itself through its own URL is still found.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalStack } from '../src/cli/stack-origin.js';
import { CLI, REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const DIST_CLI = join(REPO_ROOT, 'dist', 'cli');

describe('the bundled CLI', () => {
  it('is a bundle: dist/cli/main.js holds the entry and imports the program\'s chunk, not tsc\'s modules', () => {
    const entry = readFileSync(CLI, 'utf8');
    expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(entry).not.toMatch(/from ['"]\.\/(cli|program|young-generation)\.js['"]|import\(?\s*['"]\.\/(cli|program)\.js['"]/);
    // The entry's decision (src/cli/main.ts, young-generation.ts), then the program's chunk.
    expect(entry).toContain('auditWithLargerYoungGeneration(process.argv)');
    const chunk = /import\("\.\/bundle\/(cli-[\w-]+\.js)"\)/.exec(entry)?.[1];
    expect(chunk).toBeDefined();
    const program = readFileSync(join(DIST_CLI, 'bundle', chunk as string), 'utf8');
    // The program (src/cli/program.ts) and its call with the process (src/cli/cli.ts).
    expect(program + entry).toContain('parseAsync(argv)');
    expect(program).toContain('runCli(process.argv)');
  });

  it('prints an internal error with the stack of the files the failing code was bundled from', () => {
    // A bug stands in for a real one: renaming the report into place throws a TypeError.
    const dir = tempDir({
      'inject.mjs': [
        "import fs from 'node:fs';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'const rename = fs.renameSync;',
        "fs.renameSync = (from, to) => { if (String(to).endsWith('report.json')) throw new TypeError('injected failure'); return rename(from, to); };",
        'syncBuiltinESMExports();',
      ].join('\n'),
    });
    const run = spawnSync(process.execPath, ['--import', join(dir, 'inject.mjs'), CLI, 'audit', 'examples/gym/before', '-f', 'json', '-o', join(dir, 'report.json'), '--lang', 'en'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', NO_COLOR: '1' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^pipl-audit: internal error: TypeError: injected failure/);
    const frames = run.stderr.split('\n').filter((line) => line.trimStart().startsWith('at '));
    // The frame of the function that renames, at the line of dist/cli/output-file.js that calls renameSync.
    const writer = frames.find((f) => f.includes('writeFilesAtomic'));
    expect(writer).toBeDefined();
    const [, file, line] = /\((?:file:\/\/)?(\/[^\s()]+?):(\d+):\d+\)/.exec(writer as string) ?? [];
    expect(file).toBe(join(DIST_CLI, 'output-file.js'));
    expect(readFileSync(file as string, 'utf8').split('\n')[Number(line) - 1]).toContain('renameSync(');
    // No frame names the bundle's own files.
    expect(frames.filter((f) => f.includes(`${DIST_CLI}/bundle/`) || f.includes(`${DIST_CLI}/main.js:`))).toEqual([]);
  });

  it('keeps each module\'s own URL: the package root, the precompiled validators and the shipped docs are found', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`shipped with this install in ${REPO_ROOT}:`);
    const dir = tempDir({});
    const audit = runCli(['audit', 'examples/gym/before', '-f', 'json', '-o', join(dir, 'r.json'), '--fail-on', 'none', '--lang', 'en']);
    expect(audit.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toHaveProperty('findings');
  });

  it('leaves frames outside the bundle, and a stack without frames, as they are', () => {
    const stack = 'TypeError: x\n    at f (file:///somewhere/else.js:1:2)\n    at g (/elsewhere/y.js:3:4)';
    expect(originalStack(stack, join(DIST_CLI, 'bundle'), join(DIST_CLI, 'main.js'))).toBe(stack);
    expect(originalStack('no frames at all')).toBe('no frames at all');
  });
});
