// The CI gate behaves like the scanners CI engineers know: exit codes 0/1/2, the reason for a
// non-zero exit on the terminal, --quiet, --severity (shows, never gates), --config, and no stack
// trace when the reader closes the pipe. The exit codes 0/1 and the closed pipe are spawned as a
// user runs them; the rest run in-process (tests/support/run-cli-in-process.ts).
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXIT_INTERNAL, reportError, UsageError } from '../src/cli/cli-error.js';
import { CLI, REPO_ROOT, runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { sharedCli } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const GYM = 'examples/gym/before';

describe('the audit gate', () => {
  it('says why it exits 1 on the terminal even when every report goes to a file', async () => {
    const dir = tempDir({});
    const run = runCli(['audit', join(REPO_ROOT, GYM), '-f', 'json', '-o', join(dir, 'r.json'), '--lang', 'en']);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { findings: Array<{ status: string; severity: string }> };
    const gating = report.findings.filter((f) => f.status === 'FAIL' && (f.severity === 'critical' || f.severity === 'high')).length;
    expect(gating).toBeGreaterThan(0);
    expect(run.stderr).toContain(`exit 1: ${gating} FAIL finding${gating === 1 ? '' : 's'} at or above high (--fail-on)`);
    // --fail-on none: the same findings, exit 0 and no exit message.
    const none = runCli(['audit', GYM, '-f', 'json', '-o', join(dir, 'r2.json'), '--fail-on', 'none']);
    expect(none.code).toBe(0);
    expect(none.stderr).not.toContain('exit 1');
  });

  it('--quiet prints the summary line alone; --severity narrows what is shown but not what gates', async () => {
    const full = await sharedCli(['audit', GYM, '--lang', 'en']);
    const quiet = await sharedCli(['audit', GYM, '--lang', 'en', '--quiet']);
    expect(quiet.code).toBe(full.code);
    const summary = full.stdout.trim().split('\n').at(-1);
    expect(quiet.stdout.trim()).toBe(summary);

    const json = async (args: string[]) => JSON.parse((await sharedCli(['audit', GYM, '-f', 'json', ...args])).stdout) as { findings: Array<{ severity: string }> };
    const all = (await json([])).findings;
    const lower = (await json(['--severity', 'medium,low,info'])).findings;
    expect(lower.length).toBeGreaterThan(0);
    expect(lower.every((f) => ['medium', 'low', 'info'].includes(f.severity))).toBe(true);
    expect(lower).toHaveLength(all.filter((f) => ['medium', 'low', 'info'].includes(f.severity)).length);
    // Only findings below the gate are shown, but the high ones still fail it.
    expect(all.some((f) => f.severity === 'high')).toBe(true);
    expect((await sharedCli(['audit', GYM, '--severity', 'medium', '--quiet'])).code).toBe(1);
    const wrong = await runCliInProcess(['audit', GYM, '--severity', 'severe']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--severity takes a comma-separated list of critical, high, medium, low, info');
  });

  it('SARIF URIs are relative to the repository root from any working directory, or to --sarif-root', async () => {
    const repo = tempDir({ '.git/HEAD': 'ref: refs/heads/main\n', 'tools/README': '' });
    cpSync(join(REPO_ROOT, GYM), join(repo, 'compliance'), { recursive: true });
    mkdirSync(join(repo, 'compliance', 'out'));
    type Log = { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }> };
    const sarif = async (cwd: string, args: string[]) => {
      const run = await runCliInProcess(['audit', ...args, '-f', 'sarif', '--fail-on', 'none'], { cwd });
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as Log;
    };
    const uris = (log: Log) => log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation);
    const fromRoot = await sarif(repo, ['compliance']);
    const fromTools = await sarif(join(repo, 'tools'), ['../compliance']);
    const fromInside = await sarif(join(repo, 'compliance', 'out'), ['..']);
    expect(uris(fromRoot)?.length).toBeGreaterThan(0);
    expect(uris(fromRoot)?.every((u) => u?.uriBaseId === '%SRCROOT%' && u.uri.startsWith('compliance/'))).toBe(true);
    expect(uris(fromTools)).toEqual(uris(fromRoot));
    expect(uris(fromInside)).toEqual(uris(fromRoot));
    expect(new URL(fromRoot.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri ?? '').pathname.replace(/\/$/, '')).toBe(repo);
    // An explicit root: URIs relative to it.
    const explicit = await sarif(join(repo, 'tools'), ['../compliance', '--sarif-root', '../compliance']);
    expect(uris(explicit)?.map((u) => u?.uri)).toEqual(uris(fromRoot)?.map((u) => u?.uri.replace(/^compliance\//, '')));
    const missing = await runCliInProcess(['audit', 'compliance', '-f', 'sarif', '--sarif-root', 'nowhere'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--sarif-root nowhere: not a directory');
  });

  it('--config names a project file whatever its name, and not together with paths', async () => {
    const dir = tempDir({});
    for (const f of ['system.yaml', 'collection.yaml', 'data.yaml', 'provision.yaml']) copyFileSync(join(REPO_ROOT, GYM, f), join(dir, f));
    const project = 'version: 1\nmanifests: [system.yaml, collection.yaml, data.yaml, provision.yaml]\n';
    writeFileSync(join(dir, 'audit-project.yml'), project);
    const byConfig = await runCliInProcess(['audit', '--config', 'audit-project.yml', '-f', 'json'], { cwd: dir });
    const byPaths = await runCliInProcess(['audit', 'system.yaml', 'collection.yaml', 'data.yaml', 'provision.yaml', '-f', 'json'], { cwd: dir });
    expect(byConfig.code).toBe(1);
    expect((JSON.parse(byConfig.stdout) as { findings: unknown[] }).findings).toEqual((JSON.parse(byPaths.stdout) as { findings: unknown[] }).findings);
    const both = await runCliInProcess(['audit', '--config', 'audit-project.yml', '.'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --config FILE or paths, not both');
    const missing = await runCliInProcess(['audit', '--config', 'nowhere.yml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yml: error: the project file named by --config does not exist');
    expect((await runCliInProcess(['audit'], { cwd: dir })).code).toBe(2);
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [CLI, 'audit', 'examples/courier/before', '--lang', 'en'], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Like `| head -1`: read one chunk, then close our end.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error|at .*\.js:\d+/);
    expect(code === 0 || code === 1).toBe(true);
  });

  it('links SARIF rules under the project\'s docsUrl, or --docs-url, and refuses a base that is not an http(s) URL', async () => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, GYM), dir, { recursive: true });
    const project = 'version: 1\nmanifests: [system.yaml, collection.yaml, data.yaml, provision.yaml]\n';
    writeFileSync(join(dir, 'pipl-audit.yaml'), `${project.trimEnd()}\ndocsUrl: https://docs.example.com/pipl-audit\n`);
    type Log = { runs: Array<{ tool: { driver: { informationUri: string; rules: Array<{ id: string; helpUri?: string }> } } }> };
    const driver = async (args: string[]) => {
      const run = await runCliInProcess(['audit', '.', '-f', 'sarif', '--fail-on', 'none', ...args], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as Log).runs[0]?.tool.driver;
    };
    const fromProject = await driver([]);
    expect(fromProject?.informationUri).toBe('https://docs.example.com/pipl-audit/');
    expect(fromProject?.rules[0]?.helpUri).toBe(`https://docs.example.com/pipl-audit/docs/rules/${fromProject?.rules[0]?.id}.md`);
    expect((await driver(['--docs-url', 'https://intranet.example.com/pa/']))?.informationUri).toBe('https://intranet.example.com/pa/');
    const option = await runCliInProcess(['audit', '.', '-f', 'sarif', '--docs-url', 'docs/'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--docs-url expects an absolute http(s) URL');
    writeFileSync(join(dir, 'pipl-audit.yaml'), `${project.trimEnd()}\ndocsUrl: https://docs.example.com/?page=rules\n`);
    const line = project.trimEnd().split('\n').length + 1;
    const file = await runCliInProcess(['audit', '.', '-f', 'sarif'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain(`pipl-audit.yaml:${line}`);
    expect(file.stderr).toContain('is not a documentation base');
  });

  it('--markdown-summary keeps a report too long for a pull-request comment within GitHub\'s 65,536 characters', async () => {
    const full = await sharedCli(['audit', 'examples/courier/before', '--lang', 'en', '-f', 'markdown']);
    const summary = await sharedCli(['audit', 'examples/courier/before', '--lang', 'en', '-f', 'markdown', '--markdown-summary']);
    expect(full.stdout.length).toBeGreaterThan(65_536); // the courier case does not fit whole
    expect(summary.code).toBe(full.code);
    expect(summary.stdout.length).toBeLessThanOrEqual(65_536);
    expect(summary.stdout).toMatch(/> \d+ more findings left out to stay within 65536 characters/);
  });

  it('an internal error (a bug, not bad input) exits 3, distinct from a usage or input error', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      expect(reportError(new TypeError('cannot read properties of undefined'))).toBe(EXIT_INTERNAL);
      expect(reportError(new UsageError('--lang must be zh or en'))).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(EXIT_INTERNAL).toBe(3);
    expect(written[0]).toMatch(/^pipl-audit: internal error: TypeError: cannot read properties of undefined/);
  });

  it('documents examples, exit codes and where to read more in --help', async () => {
    const help = await runCliInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toMatch(/^ {2}3 {2}internal error/m);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Documentation, shipped with this install in');
    expect(help.stdout).toContain('docs/manifest.md');
  });
});
