// The CI integration examples run as written: the GitHub workflow through the action's own audit
// step; every `pipl-audit audit …` command in the GitLab job and the pre-commit hook is executed
// against a copy of the courier case laid out as the examples assume (compliance/pipl-audit.yaml), and must produce the files it names.
import { chmodSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionStep, ActionRunner, loadAction } from './support/composite-action.js';
import { CLI, REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const COURIER = join(REPO_ROOT, 'examples/courier/before');

function repository(): string {
  const dir = tempDir({ 'compliance/pipl-audit.yaml': 'version: 1\nmanifests: [system.yaml, access.yaml, data.yaml]\n' });
  cpSync(COURIER, join(dir, 'compliance'), { recursive: true });
  return dir;
}

/** The arguments after `pipl-audit` of every audit command in a text. */
function auditCommands(text: string): string[][] {
  return [...text.matchAll(/pipl-audit (audit [^\n]*(?:\n +-[^\n]*)*)/g)].map((m) => (m[1] as string).trim().split(/\s+/));
}

describe('CI integration examples', () => {
  it('the GitHub Actions workflow runs pipl-audit\'s action and uploads the SARIF it writes', () => {
    const workflow = parse(readFileSync(join(REPO_ROOT, 'examples/ci/github-actions.yml'), 'utf8')) as { jobs: { audit: { steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> } } };
    const steps = workflow.jobs.audit.steps;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const audit = steps.find((s) => s.uses?.includes('/pipl-audit@'));
    expect(steps.some((s) => s.run?.includes('npm install --global pipl-audit'))).toBe(false); // no registry entry exists
    const action = loadAction();
    // Every input the workflow passes is one the action declares.
    for (const name of Object.keys(audit?.with ?? {})) expect(Object.keys(action.inputs), name).toContain(name);
    const dir = repository();
    // The action's audit step, with the built CLI standing in for the one its install step puts on PATH.
    const bin = tempDir({ 'pipl-audit': `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n` });
    chmodSync(join(bin, 'pipl-audit'), 0o755);
    const runner = new ActionRunner(action, { actionPath: REPO_ROOT, workspace: dir, inputs: audit?.with ?? {}, path: [bin] });
    const result = runner.run(action.runs.steps.find((s) => s.id === 'audit') as ActionStep);
    expect(result.code, result.stderr).toBe(1); // the courier case has high findings
    const written = (audit?.with?.formats ?? '').split(/\s+/).map((pair) => pair.slice(pair.indexOf(':') + 1));
    expect(written).toContain(upload?.with?.sarif_file);
    for (const file of written) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('the GitLab job writes the JUnit report it declares, given its baseline', () => {
    const job = (parse(readFileSync(join(REPO_ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { paths: string[]; reports: { junit: string } } }>)['pipl-audit'];
    const commands = (job?.script ?? []).flatMap(auditCommands);
    expect(commands).toHaveLength(1);
    // It installs the tarball `npm pack` makes of this version (tests/install.test.ts installs one).
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(job?.script[0]).toBe(`npm install --global ./ci/pipl-audit-${version}.tgz`);
    const args = commands[0] as string[];
    const dir = repository();
    expect(runCli(['baseline', 'write', 'compliance/pipl-audit.yaml', '-o', 'compliance/pipl-audit.baseline.json'], { cwd: dir }).code).toBe(0);
    const run = runCli(args, { cwd: dir });
    expect(run.code, run.stderr).toBe(0); // nothing new against the baseline
    for (const file of [job?.artifacts.reports.junit, ...(job?.artifacts.paths ?? [])]) expect(existsSync(join(dir, file ?? '')), file).toBe(true);
  });

  it('the pre-commit hook runs with the sample configuration', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; pass_filenames: boolean; language: string }>;
    const config = parse(readFileSync(join(REPO_ROOT, 'examples/ci/pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ hooks: Array<{ id: string; args: string[] }> }> };
    const hook = hooks.find((h) => h.id === 'pipl-audit');
    const used = config.repos[0]?.hooks.find((h) => h.id === hook?.id);
    expect(hook?.entry.split(' ')[0]).toBe('pipl-audit'); // the package's bin
    expect(hook?.pass_filenames).toBe(false);
    const dir = repository();
    const run = runCli([...(hook?.entry.split(' ').slice(1) ?? []), ...(used?.args ?? [])], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/\d+ rules run: \d+ rules? failed/);
  });
});
