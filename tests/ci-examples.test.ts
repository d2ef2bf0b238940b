// The CI integration examples run as written: every `pipl-audit audit …` command in
// examples/ci/ and the pre-commit hook is executed against a copy of the courier case laid out
// as the examples assume (compliance/pipl-audit.yaml), and must produce the files it names.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from './support/run-cli.js';
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

function outputsOf(args: string[]): string[] {
  return args.flatMap((a, i) => (args[i - 1] === '-o' ? [a] : []));
}

describe('CI integration examples', () => {
  it('the GitHub Actions workflow uploads the SARIF its audit step writes', () => {
    const workflow = parse(readFileSync(join(REPO_ROOT, 'examples/ci/github-actions.yml'), 'utf8')) as { jobs: { audit: { steps: Array<{ uses?: string; run?: string; with?: { sarif_file?: string } }> } } };
    const steps = workflow.jobs.audit.steps;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const commands = steps.flatMap((s) => (s.run ? auditCommands(s.run) : []));
    expect(commands).toHaveLength(1);
    const args = commands[0] as string[];
    expect(outputsOf(args)).toContain(upload?.with?.sarif_file);
    const dir = repository();
    const run = runCli(args, { cwd: dir });
    expect(run.code, run.stderr).toBe(1); // the courier case has high findings
    for (const file of outputsOf(args)) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('the GitLab job writes the JUnit report it declares, given its baseline', () => {
    const job = (parse(readFileSync(join(REPO_ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { paths: string[]; reports: { junit: string } } }>)['pipl-audit'];
    const commands = (job?.script ?? []).flatMap(auditCommands);
    expect(commands).toHaveLength(1);
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
