// pipl-audit installs without a registry entry, the ways a CI engineer would: the packed tarball
// (`npm install -g ./pipl-audit-*.tgz`) and the GitHub Action at the repository root, each from a
// copy of the source as a fresh clone has it; the Dockerfile is in install-docker.test.ts.
//
// One install serves both: the Action's install step is the tarball way as the README writes it
// — `npm ci`, `npm pack`, `npm install --global` of the tarball on a fresh prefix — so the
// tarball's test reads the tarball the Action packed and runs the command it installed, instead
// of building and packing the package a second time (`npm ci` builds it; the Action packs that
// build with `npm pack --ignore-scripts` instead of building it again).
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionRunner, loadAction, type CompositeAction, type StepResult } from './support/composite-action.js';
import { run, VERSION, vendorWorkspace } from './support/installing.js';
import { sourceCopy } from './support/source-copy.js';
import { filesUnder } from './support/files-under.js';

// The installed package runs as a user has it: its audits start PGlite from the install, never
// reading the test run's cache of dump loads (tests/support/global-setup.ts).
const dumpCache = process.env.PIPL_AUDIT_DUMP_CACHE;
delete process.env.PIPL_AUDIT_DUMP_CACHE;
afterAll(() => {
  if (dumpCache !== undefined) process.env.PIPL_AUDIT_DUMP_CACHE = dumpCache;
});

let action: CompositeAction;
let runner: ActionRunner;
let workspace: string;
let results: StepResult[];

beforeAll(() => {
  action = loadAction();
  workspace = vendorWorkspace();
  runner = new ActionRunner(action, {
    actionPath: sourceCopy(),
    workspace,
    inputs: { paths: 'compliance', formats: 'sarif:out/pipl-audit.sarif markdown:out/pipl-audit.md', lang: 'en' },
  });
  mkdirSync(join(workspace, 'out'));
  results = action.runs.steps.map((step) => runner.run(step));
});

/** Every file under a folder, recursively. */

describe('the GitHub Action (action.yml)', () => {
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
