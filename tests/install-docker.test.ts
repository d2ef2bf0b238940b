// pipl-audit installs from its Dockerfile: the build starts from a copy of the source as a fresh
// clone has it and installs a command that runs as an unprivileged user. No Docker engine runs on
// these machines, so the Dockerfile's instructions are carried out on the host
// (tests/support/dockerfile-on-host.ts). Its own file, apart from tests/install.test.ts, so the
// two installs (each builds the package once, in `npm ci`) run side by side.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDockerfile } from './support/dockerfile-on-host.js';
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
