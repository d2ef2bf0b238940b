// Issue 10, item 4 and issue 12 "Folders": folder walks that would never end, arrays too large
// to spread onto the stack, YAML too large to read, and foreign files in an audited folder.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mysqlImporter } from '../../src/importers/mysql/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { discoverFiles } from '../../src/sources/discover-files.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { hostileLayout, manifestYaml } from './hostile-project.js';

describe('folder walks', () => {
  it('a DAG of symbolic links (2^40 paths) is walked once per real folder', () => {
    const root = tempDir({});
    const levels = 40;
    for (let i = 0; i <= levels; i++) mkdirSync(join(root, `d${i}`));
    for (let i = 0; i < levels; i++) {
      symlinkSync(join(root, `d${i + 1}`), join(root, `d${i}`, 'a'));
      symlinkSync(join(root, `d${i + 1}`), join(root, `d${i}`, 'b'));
    }
    writeFileSync(join(root, `d${levels}`, 'system.yaml'), manifestYaml());
    // Every link stays inside the folder walked, so every one is followed (once per real folder).
    const files = discoverFiles([root], root);
    expect(files.map((f) => f.displayPath)).toEqual([`d0/${'a/'.repeat(levels)}system.yaml`]);
  });
});

describe('arrays of any length', () => {
  it('a grant listing of 150,000 accounts imports (their logins are not spread onto the stack)', async () => {
    const n = 150_000;
    const lines = ['-- Grants dumped by pt-show-grants'];
    for (let i = 0; i < n; i++) lines.push(`-- Grants for 'u${i}'@'%'`, `GRANT SELECT ON \`shop\`.* TO 'u${i}'@'%';`);
    const dir = tempDir({ 'grants.sql': lines.join('\n') + '\n' });
    const input = readSourceInput(join(dir, 'grants.sql'), 'grants.sql');
    expect(mysqlImporter.detect(input)).toBe(true);
    const result = await mysqlImporter.load([input], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    expect(result.manifest.databaseLogins?.length).toBe(n);
  });
});

describe('YAML size limit', () => {
  it('a YAML file over --max-yaml-size is refused with its size, the limit and the way out', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml() + `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    const result = runCli(['audit', 'system.yaml', '--max-yaml-size', '1'], { cwd: project });
    expect(result.stderr).toContain('system.yaml');
    expect(result.stderr).toMatch(/YAML file is 2 MB \(\d+ bytes\), over the 1 MB limit/);
    expect(result.stderr).toContain('use JSON for machine-generated inventories');
    expect(result.code).toBe(2);
    // Under the limit (default 20 MB) the same file is read.
    expect(runCli(['audit', 'system.yaml', '--fail-on', 'none'], { cwd: project }).code).toBe(0);
  });

  it('the same inventory as JSON is not subject to the YAML limit', () => {
    const manifest = JSON.stringify({ apiVersion: 'pipl-audit/v1', system: { id: 'outlet', name: 'x'.repeat(2 * 1024 * 1024) } });
    const { project } = hostileLayout({ 'system.json': manifest });
    expect(runCli(['audit', 'system.json', '--max-yaml-size', '1', '--fail-on', 'none'], { cwd: project }).code).toBe(0);
  });
});

describe('files of other formats in an audited folder', () => {
  const kubernetes = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';

  it('are listed as not read, in the terminal and the report, and the audit goes on', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml(), 'deploy/web.yaml': kubernetes, 'deploy/values.yaml': 'replicas: 3\n' });
    const text = runCli(['audit', '.', '--fail-on', 'none'], { cwd: project });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('deploy/web.yaml: warning: not read: multi-document YAML is not supported (supported: ');
    expect(text.stdout).toContain('deploy/values.yaml: warning: not read: YAML other than a pipl-audit manifest is not supported');
    const json = runCli(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project });
    const coverage = (JSON.parse(json.stdout) as { coverage: Array<{ file: string; note: string }> }).coverage;
    expect(coverage).toContainEqual(expect.objectContaining({ file: 'deploy/web.yaml', note: expect.stringMatching(/^not read: multi-document YAML is not supported \(supported: .*pipl-audit system manifest/) }));
  });

  it('named on the command line, a file of another format is an input error', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml(), 'web.yaml': kubernetes });
    const result = runCli(['audit', 'system.yaml', 'web.yaml'], { cwd: project });
    expect(result.stderr).toContain('web.yaml:1: error: not read: multi-document YAML is not supported (supported: ');
    expect(result.stderr).toContain('(expected at least one manifest file (apiVersion: pipl-audit/v1) or a supported export)');
    expect(result.code).toBe(2);
  });

  it('a pipl-audit manifest that does not parse is still an error, found in a folder or not', () => {
    const { project } = hostileLayout({ 'system.yaml': manifestYaml(), 'more/broken.yaml': 'apiVersion: pipl-audit/v1\nroles: [\n' });
    const result = runCli(['audit', '.'], { cwd: project });
    expect(result.stderr).toMatch(/more\/broken\.yaml:\d+:\d+: error: malformed YAML/);
    expect(result.code).toBe(2);
  });
});
