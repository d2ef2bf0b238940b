// Test support: carries out the steps of the repository's composite GitHub Action (action.yml)
// as a runner would — `${{ inputs.NAME }}` substituted, GITHUB_PATH additions put on PATH for the
// later steps, GITHUB_OUTPUT collected — each step's `run` in bash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-cli.js';

export interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}

export interface CompositeAction {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function loadAction(): CompositeAction {
  return parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as CompositeAction;
}

export interface StepResult {
  step: ActionStep;
  code: number | null;
  stderr: string;
}

export class ActionRunner {
  /** The runner's temporary folder ($RUNNER_TEMP), where the action may keep what it installs. */
  readonly runnerTemp = mkdtempSync(join(tmpdir(), 'pipl-audit-runner-'));
  private readonly githubPath = join(this.runnerTemp, 'path');
  private readonly githubOutput = join(this.runnerTemp, 'output');

  constructor(
    private readonly action: CompositeAction,
    private readonly context: { actionPath: string; workspace: string; inputs: Record<string, string>; path?: string[] },
  ) {
    writeFileSync(this.githubPath, (context.path ?? []).join('\n'));
    writeFileSync(this.githubOutput, '');
  }

  /** The value of every input: the caller's `with:`, else the action's default. */
  private input(name: string): string {
    return this.context.inputs[name] ?? this.action.inputs[name]?.default ?? '';
  }

  private expand(text: string): string {
    return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => this.input(name));
  }

  /** Runs one step; `extraEnv` is added to its environment (after the step's own). */
  run(step: ActionStep, extraEnv: Record<string, string> = {}): StepResult {
    const added = readFileSync(this.githubPath, 'utf8').split('\n').filter(Boolean);
    const env = {
      ...process.env,
      LANG: 'C',
      NO_COLOR: '1',
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, this.expand(v)])),
      ...extraEnv,
      GITHUB_ACTION_PATH: this.context.actionPath,
      GITHUB_WORKSPACE: this.context.workspace,
      RUNNER_TEMP: this.runnerTemp,
      GITHUB_PATH: this.githubPath,
      GITHUB_OUTPUT: this.githubOutput,
      PATH: [...added.reverse(), process.env.PATH ?? ''].join(delimiter),
    };
    const result = spawnSync('bash', ['-e', '-c', this.expand(step.run)], { cwd: this.context.workspace, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { step, code: result.status, stderr: result.stderr };
  }

  /** The folders the steps put on PATH (GITHUB_PATH), in the order they were added. */
  addedPath(): string[] {
    return readFileSync(this.githubPath, 'utf8').split('\n').filter(Boolean).slice((this.context.path ?? []).length);
  }

  outputs(): string {
    return readFileSync(this.githubOutput, 'utf8');
  }
}
