// A mistake in the project file is an input error, end to end: the CLI exits 2, names the project
// file with line and column, the mapping's pointer and the nearest name, and writes nothing.
// One case per class: a mapping naming a manifest id that does not exist, a mapping naming an
// export object the export does not have, and a source path that does not exist.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

/** A copy of the courier before/ project with one edit to its project file. */
function courierWith(edit: (text: string) => string): string {
  const dir = tempDir({});
  cpSync(join(REPO_ROOT, 'examples/courier/before'), dir, { recursive: true });
  const file = join(dir, 'pipl-audit.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
  return dir;
}

async function auditFails(dir: string) {
  const result = await runCliInProcess(['audit', '.', '-f', 'json', '-o', 'report.json'], { cwd: dir });
  expect(result.code, result.stderr).toBe(2);
  expect(existsSync(join(dir, 'report.json'))).toBe(false);
  return result.stderr;
}

describe('project-file mistakes are input errors (exit 2)', () => {
  it('a mapping naming a manifest role that does not exist', async () => {
    const dir = courierWith((t) => t.replace('waybill-web/lookup-by-phone: outlet-supervisor', 'waybill-web/lookup-by-phone: outlet-supervisr'));
    const stderr = await auditFails(dir);
    expect(stderr).toMatch(/^pipl-audit\.yaml:13:\d+: error: \/sources\/0\/mapping\/roles\/waybill-web~1lookup-by-phone: .*"outlet-supervisr".*did you mean "outlet-supervisor"/m);
  });

  it('a mapping naming a table the database export does not have', async () => {
    const dir = courierWith((t) => t.replace('public.waybills:', 'public.waybils:'));
    const stderr = await auditFails(dir);
    expect(stderr).toMatch(/^pipl-audit\.yaml:\d+:\d+: error: \/sources\/3\/mapping\/tables\/public\.waybils: table "public\.waybils" is mapped, but the export has no such table \(did you mean "public\.waybills"\?\)/m);
  });

  it('a mapping naming a Keycloak role the realm export does not define', async () => {
    const dir = courierWith((t) => t.replace('waybill-web/lookup-by-phone: outlet-supervisor', 'waybill-web/lookup-by-phne: outlet-supervisor'));
    const stderr = await auditFails(dir);
    expect(stderr).toMatch(/^pipl-audit\.yaml:13:\d+: error: .*Keycloak role "waybill-web\/lookup-by-phne", which the export does not define \(did you mean "waybill-web\/lookup-by-phone"\?\)/m);
  });

  it('a source path that does not exist', async () => {
    const dir = courierWith((t) => t.replace('path: db/waybill-dump.sql', 'path: db/waybill-dmp.sql'));
    const stderr = await auditFails(dir);
    expect(stderr).toMatch(/^pipl-audit\.yaml:\d+:\d+: error: \/sources\/3\/path: db\/waybill-dmp\.sql: no such file or directory/m);
  });
});
