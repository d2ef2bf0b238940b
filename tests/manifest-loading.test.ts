// Loading manifests: schema errors all at once with positions, references across split files,
// duplicates, cycles, and what is merged.
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../src/inventory/diagnostic.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();

function problems(dir: string, paths = ['.']): Diagnostic[] {
  try {
    loadInventory(paths, { cwd: dir, taxonomy });
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected the load to fail');
}

const STORE = `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
      - { name: name, category: identity.name }
interfaces:
  - id: lookup
    kind: query-screen
    store: waybills
    lookupKeys: [phone]
    returns: [phone, name]
`;

describe('schema errors', () => {
  it('reports every error at once, each with line, column, pointer and what was expected', () => {
    const dir = tempDir({
      'm.yaml': `apiVersion: pipl-audit/v1
stores:
  - id: s
    kind: databse
    fields: { name: phone }
    retension: P1Y
accounts:
  - id: a
    type: personal
    mfa: "yes"
`,
    });
    const found = problems(dir);
    expect(found.map((d) => [d.line, d.pointer])).toEqual([
      [4, '/stores/0/kind'],
      [5, '/stores/0/fields'],
      [6, '/stores/0/retension'],
      [10, '/accounts/0/mfa'],
    ]);
    expect(found[0]?.expected).toMatch(/database/);
    expect(found[2]?.message).toMatch(/did you mean "retention"/);
    expect(found.every((d) => d.file === 'm.yaml' && d.column !== undefined)).toBe(true);
  });

  it('a value matching none of a key\'s forms names every allowed form', () => {
    const dir = tempDir({
      'm.yaml': `apiVersion: pipl-audit/v1
system: { id: s, name: 42 }
stores:
  - id: waybills
    kind: database
    retention: forever
`,
    });
    const found = problems(dir);
    const name = found.find((d) => d.pointer === '/system/name');
    expect(name?.message).toBe('value matches none of the allowed forms');
    expect(name?.expected).toBe('plain text, or { zh, en }: one of string | object (keys: zh, en)');
    const retention = found.find((d) => d.pointer === '/stores/0/retention');
    expect(retention?.line).toBe(6);
    expect(retention?.expected).toContain('object (keys: period, trigger, action, basis, statutory)');
    expect(retention?.expected).toContain('"none" — no retention period is set');
  });

  it('rejects a file of another format version', () => {
    const found = problems(tempDir({ 'm.yaml': 'apiVersion: pipl-audit/v9\n' }));
    expect(found[0]).toMatchObject({ pointer: '/apiVersion', line: 1 });
  });
});

describe('references and ids', () => {
  it('names dangling references with the closest id', () => {
    const dir = tempDir({
      'data.yaml': STORE,
      'access.yaml': `apiVersion: pipl-audit/v1
roles:
  - id: supervisor
    grants:
      - { interface: lookups, actions: [read], scope: any }
      - { interface: lookup, actions: [read], scope: any, fields: [phone, nmae] }
accounts:
  - id: a1
    type: shared
    roles: [superviser]
    credentialPolicy: missing
`,
    });
    const found = problems(dir);
    expect(found.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'access.yaml:5 unknown interface "lookups" (did you mean "lookup"?)',
      'access.yaml:6 store "waybills" has no field "nmae" (did you mean "name"?)',
      'access.yaml:10 unknown role "superviser" (did you mean "supervisor"?)',
      'access.yaml:11 unknown credential policy "missing"',
    ]);
  });

  it("an interface's returns and masked may name a related store's field as store.field (an include answered with the records); lookup keys may not", () => {
    const dir = tempDir({
      'data.yaml': STORE,
      'more.yaml': `apiVersion: pipl-audit/v1
stores:
  - { id: senders, kind: database, fields: [{ name: address, category: contact.address }] }
interfaces:
  - { id: with-sender, kind: query-screen, store: waybills, lookupKeys: [senders.address], returns: [phone, senders.address, senders.adress, nobody.address], masked: [senders.address] }
`,
    });
    expect(problems(dir).map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'more.yaml:5 store "waybills" has no field "senders.address"',
      'more.yaml:5 store "waybills" has no field "senders.adress"',
      'more.yaml:5 store "waybills" has no field "nobody.address"',
    ]);
  });

  it('rejects ids duplicated across files and inheritance cycles', () => {
    const dir = tempDir({
      'a.yaml': `apiVersion: pipl-audit/v1
roles:
  - { id: r1, inherits: [r2] }
  - { id: r2, inherits: [r1] }
`,
      'b.yaml': `apiVersion: pipl-audit/v1
roles:
  - { id: r1 }
`,
    });
    const messages = problems(dir).map((d) => d.message);
    expect(messages).toContain('duplicate id "r1" in roles (first at a.yaml#/roles/0)');
    expect(messages.some((m) => m.startsWith('role inheritance cycle: r1 → r2 → r1'))).toBe(true);
  });

  it('names the first place of every repeated id, before and after the first repeat of a section', () => {
    const dir = tempDir({
      'a.yaml': `apiVersion: pipl-audit/v1
roles:
  - { id: r1 }
  - { id: r2 }
`,
      'b.yaml': `apiVersion: pipl-audit/v1
roles:
  - { id: r2 }
  - { id: r3 }
  - { id: r1 }
  - { id: r3 }
  - { id: r2 }
`,
    });
    const found = problems(dir)
      .filter((d) => d.message.startsWith('duplicate id'))
      .map((d) => `${d.file}#${d.pointer}: ${d.message}`);
    expect(found).toEqual([
      'b.yaml#/roles/0/id: duplicate id "r2" in roles (first at a.yaml#/roles/1)',
      'b.yaml#/roles/2/id: duplicate id "r1" in roles (first at a.yaml#/roles/0)',
      'b.yaml#/roles/3/id: duplicate id "r3" in roles (first at b.yaml#/roles/1)',
      'b.yaml#/roles/4/id: duplicate id "r2" in roles (first at a.yaml#/roles/1)',
    ]);
  });

  it('rejects unknown PI categories', () => {
    const found = problems(tempDir({ 'm.yaml': STORE.replace('contact.phone', 'contact.phon') }));
    expect(found[0]).toMatchObject({ line: 6, pointer: '/stores/0/fields/0/category' });
    expect(found[0]?.message).toMatch(/did you mean "contact.phone"/);
  });

  it('rejects a system defined in two files', () => {
    const sys = 'apiVersion: pipl-audit/v1\nsystem: { id: s, name: S }\n';
    expect(problems(tempDir({ 'a.yaml': sys, 'b.yaml': sys }))[0]?.message).toMatch(/"system" is defined again/);
  });
});

describe('split manifests', () => {
  it('merges files in name order and remembers where each entity came from', () => {
    const dir = tempDir({
      'data.yaml': STORE,
      'access.yaml': 'apiVersion: pipl-audit/v1\nroles:\n  - id: supervisor\n    grants: [{ interface: lookup, actions: [read], scope: any }]\n',
      'notes.yaml': 'just: a note\n',
      // pipl-audit's own files are passed by in a folder walk, not warned about
      'pipl-audit.yaml': 'version: 1\nmanifests: [.]\n',
      'pipl-audit.reach.json': '{}',
    });
    const { inventory, warnings } = loadInventory(['.'], { cwd: dir, taxonomy });
    expect(inventory.inputs.map((i) => i.path)).toEqual(['access.yaml', 'data.yaml']);
    expect(inventory.roles.map((r) => r.id)).toEqual(['supervisor']);
    expect(inventory.provenance.of(inventory.roles[0]?.grants?.[0])).toEqual({ file: 'access.yaml', pointer: '/roles/0/grants/0' });
    expect(inventory.provenance.of(inventory.interfaces[0])).toEqual({ file: 'data.yaml', pointer: '/interfaces/0' });
    expect(warnings.map((w) => w.file)).toEqual(['notes.yaml']);
  });

  it('says clearly when there is nothing to read', () => {
    expect(problems(tempDir({}))[0]?.message).toBe('no manifest or export files found');
    expect(problems(tempDir({}), ['missing.yaml'])[0]).toMatchObject({ file: 'missing.yaml', message: 'no such file or directory' });
  });
});
