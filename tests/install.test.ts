// pipl-audit installs without a registry entry, the three ways the README gives, each from a copy
// of the source as a fresh clone has it: the Dockerfile, the GitHub Action at the repository root,
// and the packed tarball (`npm install -g ./pipl-audit-*.tgz`). No Docker engine runs on these
// machines, so the Dockerfile's instructions are carried out on the host
// (tests/support/dockerfile-on-host.ts).
//
// The package is built once for all three. The build (`npm ci` runs it as the package's `prepare`:
// tsc, the precompiled schemas, the CLI bundle) is about half of an install's CPU, and building it
// twice from the same source proved nothing the first build had not:
// - The Dockerfile's build stage builds it from only the files the Dockerfile copies, which shows
//   they are enough, then packs that build; its second stage installs the tarball globally.
// - The Action's install step then runs as written — `npm ci`, `npm pack --ignore-scripts`,
//   `npm install --global` of the tarball on a fresh prefix — in a full copy of the source that
//   holds the `dist` the Dockerfile's build stage made, with npm's scripts off
//   (`npm_config_ignore_scripts`) for that step alone: its `npm ci` installs the whole tree without
//   building the same source again, its pack and its global install are its own. What this leaves
//   unrun — that the Action's `npm ci` builds the package — is the Dockerfile's `npm ci` building it
//   (the same command, the same `prepare`), and the test checks that the Action's step still runs
//   `npm ci` with scripts on before it packs.
// - The tarball's test reads the tarball the Action packed and runs the command it installed (the
//   Action's install step is the tarball way as the README writes it).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionRunner, loadAction, type CompositeAction, type StepResult } from './support/composite-action.js';
import { buildDockerfile, type BuiltImage } from './support/dockerfile-on-host.js';
import { filesUnder } from './support/files-under.js';
import { run, VERSION, vendorWorkspace } from './support/installing.js';
import { REPO_ROOT } from './support/run-cli.js';
import { sourceCopy } from './support/source-copy.js';

// The installed package runs as a user has it: its audits start PGlite from the install, never
// reading the test run's cache of dump loads (tests/support/global-setup.ts).
const dumpCache = process.env.PIPL_AUDIT_DUMP_CACHE;
delete process.env.PIPL_AUDIT_DUMP_CACHE;
afterAll(() => {
  if (dumpCache !== undefined) process.env.PIPL_AUDIT_DUMP_CACHE = dumpCache;
});

const INSTALL_STEP = 'Install pipl-audit';

let dockerfile: string;
let image: BuiltImage;
let imagePrefix: string;
let action: CompositeAction;
let runner: ActionRunner;
let workspace: string;
let results: StepResult[];

beforeAll(() => {
  // The Dockerfile, carried out: the build stage's `npm ci` builds the package.
  dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  imagePrefix = mkdtempSync(join(tmpdir(), 'pipl-audit-prefix-'));
  image = buildDockerfile(dockerfile, sourceCopy(), imagePrefix);

  // The Action, from a full copy of the source holding that build.
  action = loadAction();
  const actionPath = sourceCopy();
  expect(existsSync(join(actionPath, 'dist'))).toBe(false); // a fresh clone has no build
  cpSync(image.stageFolder('build', '/src/dist'), join(actionPath, 'dist'), { recursive: true });
  workspace = vendorWorkspace();
  runner = new ActionRunner(action, {
    actionPath,
    workspace,
    inputs: { paths: 'compliance', formats: 'sarif:out/pipl-audit.sarif markdown:out/pipl-audit.md', lang: 'en' },
  });
  mkdirSync(join(workspace, 'out'));
  results = action.runs.steps.map((step) => runner.run(step, step.name === INSTALL_STEP ? { npm_config_ignore_scripts: 'true' } : {}));
});

describe('the Dockerfile', () => {
  it('builds from the source and installs a command that runs as an unprivileged user', () => {
    // What .dockerignore keeps out must not be needed: the build starts from the source alone.
    const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').filter(Boolean);
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
    // The build stage has every file the package publishes (dist is what it builds).
    const files = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    for (const entry of files.filter((f) => f !== 'dist')) expect(dockerfile, `COPY ${entry}`).toMatch(new RegExp(`^COPY ${entry} `, 'm'));
    expect(dockerfile).toMatch(/^COPY package\.json [^\n]*README\.md/m);
    expect(image.user).toBe('node');
    expect(image.entrypoint).toEqual(['pipl-audit']);
    const bin = join(imagePrefix, 'bin', image.entrypoint[0] as string);
    expect(readdirSync(join(imagePrefix, 'bin'))).toContain('pipl-audit');
    const version = run(bin, ['--version'], { cwd: tmpdir() });
    expect(version.stdout.trim()).toBe(VERSION);
    const elsewhere = vendorWorkspace();
    const audit = run(bin, ['audit', 'compliance', '-f', 'json', '-o', '-'], { cwd: elsewhere });
    expect(audit.code, audit.stderr).toBe(1);
    expect((JSON.parse(audit.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    // The image judges the audit frameworks and carries the documentation its help points at.
    const frameworks = run(bin, ['frameworks', 'list'], { cwd: elsewhere });
    expect(frameworks.code, frameworks.stderr).toBe(0);
    expect(frameworks.stdout).toContain('cac-2025');
    const explain = run(bin, ['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en'], { cwd: elsewhere });
    expect(existsSync(/^documentation: (.+)$/m.exec(explain.stdout)?.[1] ?? '')).toBe(true);
  });
});

describe('the GitHub Action (action.yml)', () => {
  it('builds the package in its install step: `npm ci` with scripts on, before it packs', () => {
    // The one part of the step this file does not run (above): the build, which `npm ci` runs as
    // the package's `prepare`, as the Dockerfile's build stage does.
    const install = action.runs.steps.find((s) => s.name === INSTALL_STEP);
    const lines = (install?.run ?? '').split('\n').map((l) => l.trim());
    const ci = lines.findIndex((l) => /^npm ci\b/.test(l));
    const pack = lines.findIndex((l) => /^npm pack\b/.test(l));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(pack).toBeGreaterThan(ci);
    expect(lines[ci]).not.toMatch(/--ignore-scripts|--omit[= ]dev|--production/);
    expect(install?.run).not.toMatch(/ignore[-_]scripts\s*=|npm_config_/i);
    expect((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.prepare).toBe('npm run build');
  });

  it('installs from its own source and gates a vendor repository by the exit code', () => {
    expect(action.runs.using).toBe('composite');
    for (const r of results.filter((r) => r.step.id !== 'audit')) expect(r.code, `${r.step.name}: ${r.stderr}`).toBe(0);
    expect(results.find((r) => r.step.id === 'audit')?.code).toBe(1); // the courier case fails at high
    expect(runner.outputs()).toContain('exit-code=1');
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/pipl-audit.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('PIPL-QRY-001');
    expect(readFileSync(join(workspace, 'out/pipl-audit.md'), 'utf8')).toContain('PIPL-QRY-001');
  });
});

describe('the packed tarball', () => {
  it('holds only what the package publishes, installs globally on a machine with no pipl-audit and runs', () => {
    for (const r of results.filter((r) => r.step.id !== 'audit')) expect(r.code, `${r.step.name}: ${r.stderr}`).toBe(0);
    const tarballs = filesUnder(runner.runnerTemp).filter((f) => f.endsWith('.tgz'));
    expect(tarballs.map((f) => f.slice(f.lastIndexOf('/') + 1))).toEqual([`pipl-audit-${VERSION}.tgz`]);
    // Only what the package publishes: its code, rules, taxonomy, audit frameworks, schemas and documentation — no tests, examples or sources.
    const listing = run('tar', ['-tzf', tarballs[0] as string], { cwd: tmpdir() });
    expect(listing.code, listing.stderr).toBe(0);
    const tops = new Set(listing.stdout.split('\n').filter(Boolean).map((entry) => entry.split('/')[1]));
    expect([...tops].sort()).toEqual(['README.md', 'dist', 'docs', 'frameworks', 'package.json', 'rules', 'schemas', 'taxonomy']);
    // The documentation a user of the installed command reads: the manifest reference, a page per rule, each export format.
    const shipped = new Set(listing.stdout.split('\n').filter(Boolean).map((entry) => entry.slice(entry.indexOf('/') + 1)));
    for (const doc of ['docs/manifest.md', 'docs/manifest-guide.md', 'docs/rules/README.md', 'docs/rules/PIPL-QRY-001.md', 'docs/sources/keycloak.md', 'docs/init.md']) expect(shipped, doc).toContain(doc);

    // The install went to a fresh prefix whose bin folder the Action put on PATH.
    const [binDir] = runner.addedPath();
    expect(binDir?.startsWith(runner.runnerTemp)).toBe(true);
    const bin = join(binDir as string, 'pipl-audit');
    const version = run(bin, ['--version'], { cwd: tmpdir() });
    expect(version.stdout.trim()).toBe(VERSION);
    // The installed command finds its own rules and taxonomy: a real audit from another folder.
    const elsewhere = vendorWorkspace();
    const audit = run(bin, ['audit', 'compliance', '--lang', 'en'], { cwd: elsewhere });
    expect(audit.code, audit.stderr).toBe(1);
    expect(audit.stdout).toContain('PIPL-QRY-001');
    // … and its audit frameworks.
    const frameworks = run(bin, ['frameworks', 'list'], { cwd: elsewhere });
    expect(frameworks.code, frameworks.stderr).toBe(0);
    expect(frameworks.stdout).toContain('cac-2025');
    // … and its documentation: `rules explain` and --help name the installed files, which exist.
    const explain = run(bin, ['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en'], { cwd: elsewhere });
    expect(explain.code, explain.stderr).toBe(0);
    const page = /^documentation: (.+)$/m.exec(explain.stdout)?.[1] ?? '';
    expect(page.startsWith(join(binDir as string, '..'))).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('# PIPL-QRY-001');
    const help = run(bin, ['--help', '--lang', 'en'], { cwd: elsewhere });
    const installed = /shipped with this install in (.+):$/m.exec(help.stdout)?.[1] ?? '';
    expect(readFileSync(join(installed, 'docs/manifest.md'), 'utf8')).toContain('# Manifest reference');
  });
});
