// Issue 10, item 2: paths in a project file must not reach outside the project folder. A
// hostile repository's pipl-audit.yaml naming ../, an absolute path, a symbolic link leading out
// or /proc/self/environ must stop the audit (exit 2, the project-file line of the entry) before
// anything outside is read; nothing of the outside content may reach the output. In-process
// (tests/support/run-cli-in-process.ts) but for /proc/self/environ and the FIFO, spawned.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { hostileLayout, manifestYaml, projectYaml, SECRET } from './hostile-project.js';

/** `file:line:` of the line of `text` holding `value`, as the diagnostics print it (the column follows). */
function placeOf(text: string, value: string): string {
  const index = text.split('\n').findIndex((l) => l.includes(value));
  return `pipl-audit.yaml:${index + 1}:`;
}

async function expectRefused(project: string, entry: string, args: string[] = [], spawned = false) {
  const text = readFileSync(join(project, 'pipl-audit.yaml'), 'utf8');
  // /proc/self/environ is the process's own environment: spawned, so that it holds CI_TOKEN.
  const run = spawned ? async (a: string[], o: { cwd: string; env: Record<string, string> }) => runCli(a, o) : runCliInProcess;
  const result = await run(['audit', '.', '--format', 'json', ...args], { cwd: project, env: { CI_TOKEN: SECRET } });
  expect(result.stderr).toContain(placeOf(text, entry));
  expect(result.stderr).toContain('outside the project folder');
  expect(result.code).toBe(2);
  expect(result.stdout + result.stderr).not.toContain(SECRET);
}

describe('project-file paths stay inside the project', () => {
  it('refuses a manifest named with ../', async () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml(), 'pipl-audit.yaml': projectYaml({ manifests: ['system.yaml', '../outside/secret.yaml'] }) });
    await expectRefused(project, '../outside/secret.yaml');
  });

  it('refuses an absolute path, /proc/self/environ included', async () => {
    const { project, outside } = hostileLayout({ 'system.yaml': manifestYaml() });
    writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['system.yaml', join(outside, 'secret.yaml'), '/proc/self/environ'] }));
    await expectRefused(project, join(outside, 'secret.yaml'));
    await expectRefused(project, '/proc/self/environ', [], true);
  });

  it('refuses a symbolic link inside the project that leads out, and accepts one that stays inside', async () => {
    const { project, outside } = hostileLayout({ 'real/system.yaml': manifestYaml(), 'pipl-audit.yaml': projectYaml({ manifests: ['inside.yaml', 'leak.yaml'] }) });
    symlinkSync(join(outside, 'secret.yaml'), join(project, 'leak.yaml'));
    symlinkSync(join(project, 'real', 'system.yaml'), join(project, 'inside.yaml'));
    await expectRefused(project, 'leak.yaml');
    writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['inside.yaml'] }));
    const ok = await runCliInProcess(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('refuses a source path, an option path, the exceptions file and a rule-pack folder outside', async () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml() });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sources: [{ type: 'keycloak', path: '../outside' }] }, '../outside'],
      [{ sources: [{ type: 'typescript', path: ['.', '../outside/secret.txt'] }] }, '../outside/secret.txt'],
      [{ sources: [{ type: 'typescript', path: '.', options: { tsconfig: '../outside/secret.yaml' } }] }, '../outside/secret.yaml'],
      [{ exceptions: '../outside/secret.yaml' }, '../outside/secret.yaml'],
      [{ packs: ['core', '../outside'] }, '../outside'],
    ];
    for (const [config, entry] of cases) {
      writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['system.yaml'], ...config }));
      await expectRefused(project, entry);
    }
  });

  it('reads outside only what --allow-outside names on the command line', async () => {
    const { project, outside } = hostileLayout({ 'system.yaml': manifestYaml(), 'pipl-audit.yaml': projectYaml({ manifests: ['../outside/secret.yaml'] }) });
    const allowed = await runCliInProcess(['audit', '.', '--format', 'json', '--fail-on', 'none', '--allow-outside', outside], { cwd: project });
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).system.name).toBe(SECRET);
    // Another folder allowed is not this one.
    mkdirSync(join(project, '..', 'other'));
    await expectRefused(project, '../outside/secret.yaml', ['--allow-outside', '../other']);
  });

  it('refuses a FIFO (never opened, so never blocks) and other files that are not regular', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml() });
    execFileSync('mkfifo', [join(project, 'pipe.yaml')]);
    writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['system.yaml', 'pipe.yaml'] }));
    const text = readFileSync(join(project, 'pipl-audit.yaml'), 'utf8');
    const fifo = runCli(['audit', '.'], { cwd: project });
    expect(fifo.stderr).toContain(placeOf(text, 'pipe.yaml'));
    expect(fifo.stderr).toContain('not a regular file');
    expect(fifo.code).toBe(2);
    writeFileSync(join(project, 'pipl-audit.yaml'), projectYaml({ manifests: ['system.yaml', '/dev/zero'] }));
    expect(runCli(['audit', '.'], { cwd: project }).code).toBe(2);
    // Named on the command line, a FIFO is refused too rather than read.
    const named = runCli(['audit', 'system.yaml', 'pipe.yaml'], { cwd: project });
    expect(named.stderr).toContain('pipe.yaml');
    expect(named.stderr).toContain('not a regular file');
    expect(named.code).toBe(2);
  });

  it('a folder walk does not follow a symbolic link out of the folder walked', async () => {
    const { project, outside } = hostileLayout({ 'system.yaml': manifestYaml(), 'pipl-audit.yaml': projectYaml({ manifests: ['.'] }) });
    symlinkSync(outside, join(project, 'vendor'));
    symlinkSync(join(outside, 'secret.yaml'), join(project, 'more.yaml'));
    const result = await runCliInProcess(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(SECRET);
    expect(JSON.parse(result.stdout).inputs.map((i: { path: string }) => i.path)).toEqual(['system.yaml']);
  });
});

describe('messages about unparseable files never quote their bytes', () => {
  it('a malformed YAML file is reported by place and kind of error, without its text', async () => {
    const bad = [`a: SECRETTOKEN: b`, `- a\n${SECRET}: b`, `a: "${SECRET}`, `k: 1\n${SECRET}: 1\n${SECRET}: 2`, `a: *${SECRET}`, `---\na: 1\n---\nb: ${SECRET}`];
    for (const text of bad) {
      const { project } = hostileLayout({ 'system.yaml': `apiVersion: pipl-audit/v1\n${text}\n` });
      const result = await runCliInProcess(['audit', 'system.yaml'], { cwd: project });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/system\.yaml:\d+:\d+: error/);
      expect(result.stderr).not.toContain(SECRET);
    }
  });

  it('a malformed project file is reported without its text', async () => {
    const { project } = hostileLayout({ 'pipl-audit.yaml': `version: 1\nmanifests: [a\n${SECRET}: "x` });
    const result = await runCliInProcess(['audit', '.'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pipl-audit.yaml:');
    expect(result.stderr).not.toContain(SECRET);
  });
});
