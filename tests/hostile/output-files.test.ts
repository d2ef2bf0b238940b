// Issue 10, item 3: a hostile repository may plant symbolic links where a CI job writes its
// reports, or name its own inputs as outputs. Reports are written through a fresh temporary
// folder and renamed into place; a link or an input as the target is refused (exit 2, nothing
// written); SIGINT/SIGTERM leave no temporary file behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { hostileLayout, manifestYaml, projectYaml } from './hostile-project.js';

describe('report writing in a hostile folder', () => {
  it('refuses an output path that is a symbolic link, and writes nothing through it', () => {
    const { project, outside } = hostileLayout({ 'system.yaml': manifestYaml() });
    writeFileSync(join(outside, 'victim'), 'untouched\n');
    symlinkSync(join(outside, 'victim'), join(project, 'report.json'));
    const result = runCli(['audit', 'system.yaml', '-f', 'json', '-o', 'report.json', '-f', 'sarif', '-o', 'report.sarif'], { cwd: project });
    expect(result.stderr).toContain('report.json');
    expect(result.stderr).toContain('symbolic link');
    expect(result.code).toBe(2);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched\n');
    // All or none: the other report is not written either, and no temporary file is left.
    expect(readdirSync(project).sort()).toEqual(['report.json', 'system.yaml']);
  });

  it('refuses to write over an input: a named manifest, one found in a folder, the project file', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml(), 'more/data.yaml': 'apiVersion: pipl-audit/v1\nroles:\n  - id: auditor\n', 'pipl-audit.yaml': projectYaml({ manifests: ['.'] }) });
    const before = (name: string) => readFileSync(join(project, name), 'utf8');
    const cases: Array<[string[], string]> = [
      [['audit', 'system.yaml', '-f', 'json', '-o', 'system.yaml'], 'system.yaml'],
      [['audit', '.', '-f', 'json', '-o', 'more/data.yaml'], 'more/data.yaml'],
      [['audit', '.', '-f', 'json', '-o', 'more/../pipl-audit.yaml'], 'pipl-audit.yaml'],
      [['audit', '.', '-f', 'json', '-o', 'report.json', '--evidence', 'system.yaml'], 'system.yaml'],
    ];
    for (const [args, target] of cases) {
      const content = before(target);
      const result = runCli(args, { cwd: project });
      expect(result.stderr).toContain("one of the audit's inputs");
      expect(result.code).toBe(2);
      expect(before(target)).toBe(content);
      expect(existsSync(join(project, 'report.json'))).toBe(false);
    }
  });

  it('writes through a fresh temporary folder and leaves nothing but the report', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml() });
    mkdirSync(join(project, 'out'));
    const result = runCli(['audit', 'system.yaml', '-f', 'json', '-o', 'out/report.json', '--fail-on', 'none'], { cwd: project });
    expect(result.code).toBe(0);
    expect(readdirSync(join(project, 'out'))).toEqual(['report.json']);
    expect(JSON.parse(readFileSync(join(project, 'out', 'report.json'), 'utf8')).reportVersion).toBe(1);
  });

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} during a write removes the temporary files and exits ${code}`, async () => {
      const { project } = hostileLayout({});
      const moduleUrl = pathToFileURL(join(REPO_ROOT, 'dist/cli/output-file.js')).href;
      // A rendering that never ends on its own: only the signal can stop it.
      const script = `
        import { removeTemporaryFilesOnSignal, writeFilesAtomic } from ${JSON.stringify(moduleUrl)};
        removeTemporaryFilesOnSignal();
        function* endless() {
          let n = 0;
          for (;;) {
            yield 'x'.repeat(1 << 20);
            if (++n === 2) process.stdout.write('writing\\n');
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
          }
        }
        await writeFilesAtomic([{ path: 'small.json', render: () => ['{}'] }, { path: 'report.json', render: endless }]);
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exit = await new Promise<number | null>((done) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('writing')) child.kill(signal);
        });
        child.on('exit', (c) => done(c));
      });
      expect(stderr).toBe('');
      expect(exit).toBe(code);
      expect(readdirSync(project)).toEqual([]);
    });
  }
});
