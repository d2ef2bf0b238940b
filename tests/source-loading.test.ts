// How exports join the manifest: a line-based importer (written here, as a library user would
// plug in their own format) adds grants to manifest roles, lists what it could not map, and when
// it cannot read its file the audit goes on with the rules it fed saying NOT_EVALUATED.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import type { Importer } from '../src/importers/importer.js';
import { nativeManifestImporter } from '../src/importers/native-manifest/index.js';
import { InputError } from '../src/inventory/diagnostic.js';
import type { ScopeName } from '../src/inventory/manifest-schema.js';
import { renderText } from '../src/report/text-reporter.js';
import { PointerTable } from '../src/sources/locator.js';
import { tempDir } from './support/temp-dir.js';

/** `grant ROLE INTERFACE SCOPE` per line; `#` comments; anything else is a syntax error. */
const grantListImporter: Importer = {
  format: 'grant-list',
  title: 'test grant list',
  extensions: ['.grants'],
  supplies: ['roles'],
  detect: (input) => input.head.startsWith('# grant-list'),
  load(inputs, context) {
    const input = inputs[0]!;
    const table = new PointerTable(input.path);
    const roleMap = (context.mapping.roles ?? {}) as Record<string, string>;
    const place = context.mappingPlace;
    const undeclared = Object.keys(roleMap).filter((k) => !context.declared.roles.some((r) => r.id === roleMap[k]));
    if (place && context.options.checkMapping === true && undeclared.length > 0) {
      // Named by pointer only: the loader finds the line in the project file.
      throw new InputError(undeclared.map((k) => ({ severity: 'error' as const, file: place.file, pointer: `${place.pointer}/roles/${k}`, message: `role "${roleMap[k]}" is not declared` })));
    }
    const result: ReturnType<Importer['load']> & object = { manifest: { apiVersion: 'pipl-audit/v1' }, grants: [], coverage: [], warnings: [], locators: [table] };
    input
      .text()
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#')) return;
        const match = /^grant (\S+) (\S+) (\S+)$/.exec(line);
        if (!match) throw new InputError([{ severity: 'error', file: input.path, line: i + 1, column: 1, message: `cannot read "${line}"`, expected: 'grant ROLE INTERFACE SCOPE' }]);
        const [, sourceRole, iface, scope] = match as unknown as [string, string, string, ScopeName];
        const pointer = `/lines/${i}`;
        table.record(pointer, { line: i + 1, column: 1 });
        const role = roleMap[sourceRole] ?? (context.declared.roles.some((r) => r.id === sourceRole) ? sourceRole : undefined);
        if (!role) {
          result.coverage!.push({ file: input.path, pointer, kind: 'role', name: sourceRole, note: 'no manifest role is mapped to it' });
          return;
        }
        result.grants!.push({ role, grant: { interface: iface, actions: ['read'], scope }, place: { file: input.path, pointer } });
      });
    return result;
  },
};

const IMPORTERS = [nativeManifestImporter, grantListImporter];

const MANIFEST = `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    fields:
      - { name: waybill_no, category: logistics.waybill-number }
      - { name: recipient_phone, category: contact.phone }
interfaces:
  - id: waybill-lookup
    kind: query-screen
    store: waybills
    lookupKeys: [recipient_phone]
    returns: [waybill_no, recipient_phone]
    masked: []
    trigger: none
    rateLimit: none
    logged: false
roles:
  - id: outlet-supervisor
`;

const GRANTS = `# grant-list
grant supervisor waybill-lookup any
grant stranger waybill-lookup any
`;

const run = (files: Record<string, string>, paths: string[]) => audit({ paths, cwd: tempDir(files), importers: IMPORTERS, only: ['PIPL-QRY-001'], asOf: '2024-01-01' });

describe('exports beside the manifest', () => {
  it('add grants to manifest roles through the project file mapping, with evidence on the export line', async () => {
    const report = await run(
      {
        'm.yaml': MANIFEST,
        'acl.grants': GRANTS,
        'pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\nsources:\n  - { type: grant-list, path: acl.grants, mapping: { roles: { supervisor: outlet-supervisor } } }\n',
      },
      ['.'],
    );
    const fail = report.findings.find((f) => f.status === 'FAIL');
    expect(fail?.target.key).toBe('outlet-supervisor>waybill-lookup');
    expect(fail?.evidence.map((e) => `${e.file}:${e.line}`)).toContain('acl.grants:2');
    expect(report.coverage.map((c) => `${c.kind} ${c.name} ${c.file}:${c.line}`)).toEqual(['role stranger acl.grants:3']);
    const text = renderText(report, { lang: 'en', color: false });
    expect(text).toContain('Not mapped to the manifest (1)\n  role stranger  acl.grants:3  no manifest role is mapped to it');
  });

  it('refuse a mapping error as an input error, on its line in the project file', async () => {
    const files = {
      'm.yaml': MANIFEST,
      'acl.grants': GRANTS,
      'pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\nsources:\n  - type: grant-list\n    path: acl.grants\n    options: { checkMapping: true }\n    mapping:\n      roles:\n        supervisor: outlet-supervisr\n',
    };
    // A mistake in the project file is not an export the audit carries on without: exit 2.
    const error = await run(files, ['.']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'pipl-audit.yaml', line: 9, pointer: '/sources/0/mapping/roles/supervisor', message: 'role "outlet-supervisr" is not declared' });
  });

  it('refuse a source type no importer reads, naming the project file entry', async () => {
    const files = { 'm.yaml': MANIFEST, 'acl.grants': GRANTS, 'pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\nsources:\n  - { type: grant-lists, path: acl.grants }\n' };
    const error = await run(files, ['.']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'pipl-audit.yaml', line: 4, pointer: '/sources/0/type' });
  });

  it('detect the format by content when a folder is audited, and cite the export line', async () => {
    const report = await run({ 'm.yaml': MANIFEST, 'acl.grants': GRANTS.replace('supervisor', 'outlet-supervisor') }, ['.']);
    const fail = report.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL');
    expect(fail?.target.key).toBe('outlet-supervisor>waybill-lookup');
    expect(fail?.evidence.map((e) => `${e.file}:${e.line}`)).toContain('acl.grants:2');
    expect(report.inputs.map((i) => `${i.path} ${i.format}`)).toEqual(['acl.grants grant-list', 'm.yaml manifest']);
    expect(report.coverage).toEqual([{ file: 'acl.grants', pointer: '/lines/2', line: 3, column: 1, kind: 'role', name: 'stranger', note: 'no manifest role is mapped to it' }]);
  });

  it('go on without an export that cannot be read: its rules say NOT_EVALUATED, naming the file and line', async () => {
    const report = await run({ 'm.yaml': MANIFEST, 'acl.grants': '# grant-list\ngrant outlet-supervisor\n' }, ['.']);
    const unread = report.findings.filter((f) => f.status === 'NOT_EVALUATED');
    expect(unread).toHaveLength(1);
    expect(unread[0]?.reason?.en).toBe('source could not be read: acl.grants:2: cannot read "grant outlet-supervisor"');
    expect(unread[0]?.evidence[0]).toMatchObject({ file: 'acl.grants', line: 2 });
    expect(report.diagnostics[0]).toMatchObject({ severity: 'error', file: 'acl.grants', line: 2 });
    expect(report.rules[0]?.counts.NOT_EVALUATED).toBe(1);
  });

  it('list a source role it cannot map rather than invent it', async () => {
    const manifestWithoutRole = MANIFEST.replace('roles:\n  - id: outlet-supervisor\n', '');
    const report = await run({ 'm.yaml': manifestWithoutRole, 'acl.grants': '# grant-list\n\ngrant outlet-supervisor waybill-lookup any\n' }, ['.']);
    expect(report.coverage.map((c) => `${c.name}@${c.line}`)).toEqual(['outlet-supervisor@3']);
  });

  it('refuse a grant mapped to a role nobody defines, pointing at the export line', async () => {
    const files = {
      'm.yaml': MANIFEST,
      'acl.grants': GRANTS,
      'pipl-audit.yaml': 'version: 1\nmanifests: [m.yaml]\nsources:\n  - { type: grant-list, path: acl.grants, mapping: { roles: { supervisor: ghost } } }\n',
    };
    const error = await run(files, ['.']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'acl.grants', line: 2, message: 'grant for role "ghost", which no manifest or source defines' });
  });
});
