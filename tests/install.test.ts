// pipl-audit installs without a registry entry, three ways a CI engineer would: the packed
// tarball (`npm install -g ./pipl-audit-*.tgz`), the GitHub Action at the repository root, and
// the Dockerfile. Each is exercised from a copy of the source as a fresh clone has it. No Docker
// engine runs on these machines, so the Dockerfile's instructions are carried out on the host by
// a small interpreter (FROM, WORKDIR, COPY, RUN, ENTRYPOINT) with every container path mapped to a
// temporary folder; `npm install --global` goes to a temporary prefix.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionRunner, loadAction } from './support/composite-action.js';
import { REPO_ROOT } from './support/run-cli.js';
import { sourceCopy } from './support/source-copy.js';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace as a vendor repository has it: the courier case under compliance/. */
function vendorWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-workspace-'));
  cpSync(join(REPO_ROOT, 'examples/courier/before'), join(dir, 'compliance'), { recursive: true });
  return dir;
}

describe('the packed tarball', () => {
  it('installs globally on a machine with no pipl-audit and runs', () => {
    const source = sourceCopy();
    const npm = { cwd: source, env: { npm_config_audit: 'false', npm_config_fund: 'false' } };
    const ci = run('npm', ['ci', '--prefer-offline'], npm);
    expect(ci.code, ci.stderr).toBe(0);
    const pack = run('npm', ['pack', '--json'], npm);
    expect(pack.code, pack.stderr).toBe(0);
    const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    expect(packed?.filename).toBe(`pipl-audit-${VERSION}.tgz`);
    // Only what the package publishes: its code, rules, taxonomy, audit frameworks, schemas and documentation — no tests, examples or sources.
    const tops = new Set(packed?.files.map((f) => f.path.split('/')[0]));
    expect([...tops].sort()).toEqual(['README.md', 'dist', 'docs', 'frameworks', 'package.json', 'rules', 'schemas', 'taxonomy']);
    // The documentation a user of the installed command reads: the manifest reference, a page per rule, each export format.
    const shipped = new Set(packed?.files.map((f) => f.path));
    for (const doc of ['docs/manifest.md', 'docs/manifest-guide.md', 'docs/rules/README.md', 'docs/rules/PIPL-QRY-001.md', 'docs/sources/keycloak.md', 'docs/init.md']) expect(shipped, doc).toContain(doc);

    const prefix = mkdtempSync(join(tmpdir(), 'pipl-audit-prefix-'));
    const install = run('npm', ['install', '--global', '--prefer-offline', '--prefix', prefix, `./${packed?.filename}`], npm);
    expect(install.code, install.stderr).toBe(0);
    const bin = join(prefix, 'bin', 'pipl-audit');
    const version = run(bin, ['--version'], { cwd: tmpdir() });
    expect(version.stdout.trim()).toBe(VERSION);
    // The installed command finds its own rules and taxonomy: a real audit from another folder.
    const workspace = vendorWorkspace();
    const audit = run(bin, ['audit', 'compliance', '--lang', 'en'], { cwd: workspace });
    expect(audit.code, audit.stderr).toBe(1);
    expect(audit.stdout).toContain('PIPL-QRY-001');
    // … and its audit frameworks.
    const frameworks = run(bin, ['frameworks', 'list'], { cwd: workspace });
    expect(frameworks.code, frameworks.stderr).toBe(0);
    expect(frameworks.stdout).toContain('cac-2025');
    // … and its documentation: `rules explain` and --help name the installed files, which exist.
    const explain = run(bin, ['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en'], { cwd: workspace });
    expect(explain.code, explain.stderr).toBe(0);
    const page = /^documentation: (.+)$/m.exec(explain.stdout)?.[1] ?? '';
    expect(page.startsWith(prefix)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('# PIPL-QRY-001');
    const help = run(bin, ['--help'], { cwd: workspace });
    const installed = /shipped with this install in (.+):$/m.exec(help.stdout)?.[1] ?? '';
    expect(installed.startsWith(prefix)).toBe(true);
    expect(readFileSync(join(installed, 'docs/manifest.md'), 'utf8')).toContain('# Manifest reference');
  });
});

describe('the GitHub Action (action.yml)', () => {
  it('installs from its own source and gates a vendor repository by the exit code', () => {
    const action = loadAction();
    expect(action.runs.using).toBe('composite');
    const workspace = vendorWorkspace();
    mkdirSync(join(workspace, 'out'));
    const runner = new ActionRunner(action, {
      actionPath: sourceCopy(),
      workspace,
      inputs: { paths: 'compliance', formats: 'sarif:out/pipl-audit.sarif markdown:out/pipl-audit.md', lang: 'en' },
    });
    const results = action.runs.steps.map((step) => runner.run(step));
    for (const r of results.filter((r) => r.step.id !== 'audit')) expect(r.code, `${r.step.name}: ${r.stderr}`).toBe(0);
    expect(results.find((r) => r.step.id === 'audit')?.code).toBe(1); // the courier case fails at high
    expect(runner.outputs()).toContain('exit-code=1');
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/pipl-audit.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('PIPL-QRY-001');
    expect(existsSync(join(workspace, 'out/pipl-audit.md'))).toBe(true);
  });
});

/** One build stage: its container folders, each mapped to a temporary folder on the host. */
class Stage {
  private readonly folders = new Map<string, string>();
  workdir = '/';

  host(path: string): string {
    const absolute = posix.resolve(this.workdir, path);
    let best = '';
    for (const root of this.folders.keys()) if ((absolute === root || absolute.startsWith(root + '/')) && root.length > best.length) best = root;
    if (!best) {
      const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-image-'));
      this.folders.set(absolute, dir);
      return dir;
    }
    return join(this.folders.get(best) as string, posix.relative(best, absolute));
  }
}

/** Carries out a Dockerfile's instructions on the host; `npm install --global` goes to globalPrefix. */
function buildDockerfile(dockerfile: string, context: string, globalPrefix: string): { entrypoint: string[]; user?: string } {
  const named = new Map<string, Stage>();
  let stage = new Stage();
  let entrypoint: string[] = [];
  let user: string | undefined;
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    switch (instruction) {
      case 'FROM': {
        stage = new Stage();
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1];
        if (name) named.set(name, stage);
        break;
      }
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, args);
        mkdirSync(stage.host('.'), { recursive: true });
        break;
      case 'COPY': {
        const from = /^--from=(\S+)\s+/.exec(args);
        const paths = (from ? args.slice(from[0].length) : args).split(/\s+/);
        const target = paths.pop() as string;
        const intoFolder = paths.length > 1 || target.endsWith('/');
        for (const source of paths) {
          const origin = from ? (named.get(from[1] as string) as Stage).host(source) : join(context, source);
          cpSync(origin, intoFolder ? join(stage.host(target), posix.basename(source)) : stage.host(target), { recursive: true });
        }
        break;
      }
      case 'RUN': {
        const result = run('bash', ['-e', '-c', args], { cwd: stage.host('.'), env: { npm_config_prefix: globalPrefix } });
        expect(result.code, `RUN ${args}: ${result.stderr}`).toBe(0);
        break;
      }
      case 'ENTRYPOINT':
        entrypoint = JSON.parse(args) as string[];
        break;
      case 'USER':
        user = args;
        break;
      case 'CMD':
        break;
      default:
        throw new Error(`the test's Dockerfile interpreter does not know ${instruction}`);
    }
  }
  return { entrypoint, ...(user ? { user } : {}) };
}

describe('the Dockerfile', () => {
  it('builds from the source and installs a command that runs as an unprivileged user', () => {
    const context = sourceCopy();
    // What .dockerignore keeps out must not be needed: the build starts from the source alone.
    const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').filter(Boolean);
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
    const prefix = mkdtempSync(join(tmpdir(), 'pipl-audit-prefix-'));
    const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
    // The build stage has every file the package publishes (dist is what it builds).
    const files = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    for (const entry of files.filter((f) => f !== 'dist')) expect(dockerfile, `COPY ${entry}`).toMatch(new RegExp(`^COPY ${entry} `, 'm'));
    expect(dockerfile).toMatch(/^COPY package\.json [^\n]*README\.md/m);
    const image = buildDockerfile(dockerfile, context, prefix);
    expect(image.user).toBe('node');
    expect(image.entrypoint).toEqual(['pipl-audit']);
    const bin = join(prefix, 'bin', image.entrypoint[0] as string);
    expect(readdirSync(join(prefix, 'bin'))).toContain('pipl-audit');
    const version = run(bin, ['--version'], { cwd: tmpdir() });
    expect(version.stdout.trim()).toBe(VERSION);
    const workspace = vendorWorkspace();
    const audit = run(bin, ['audit', 'compliance', '-f', 'json', '-o', '-'], { cwd: workspace });
    expect(audit.code, audit.stderr).toBe(1);
    expect((JSON.parse(audit.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    // The image judges the audit frameworks and carries the documentation its help points at.
    const frameworks = run(bin, ['frameworks', 'list'], { cwd: workspace });
    expect(frameworks.code, frameworks.stderr).toBe(0);
    expect(frameworks.stdout).toContain('cac-2025');
    const explain = run(bin, ['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en'], { cwd: workspace });
    expect(existsSync(/^documentation: (.+)$/m.exec(explain.stdout)?.[1] ?? '')).toBe(true);
  });
});
