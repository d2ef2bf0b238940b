// The manifest reference (docs/manifest.md), generated from the manifest's JSON Schema
// by `npm run docs`: every key with its type, the values it allows, its description and an
// example — taken from the shipped example manifests where one states the key, else made from
// the schema. The hand-written guidance is docs/manifest-guide.md; each links to the other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ManifestSchema } from '../inventory/manifest-schema.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { allowedValues, typeName, type SchemaNode } from '../schema/schema-forms.js';

type Schema = SchemaNode;

export interface ReferenceRow {
  path: string;
  required: boolean;
  type: string;
  allowed: string;
  description: string;
  example: string;
}

/** Every key of the manifest, depth first in schema order: `stores[].fields[].category`. */
export function manifestKeys(schema: Schema = ManifestSchema as unknown as Schema, examples = exampleValues()): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const visit = (node: Schema, path: string) => {
    for (const branch of [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
      for (const [key, child] of Object.entries(branch.properties ?? {})) {
        const childPath = path ? `${path}.${key}` : key;
        if (rows.some((r) => r.path === childPath)) continue;
        rows.push({
          path: childPath,
          required: branch.required?.includes(key) ?? false,
          type: typeName(child),
          allowed: allowedValues(child),
          description: descriptionOf(child),
          example: exampleOf(childPath, child, examples),
        });
        visit(child, childPath);
      }
      if (branch.items) visit(branch.items, `${path}[]`);
      for (const b of [...(branch.items?.anyOf ?? []), ...(branch.items?.oneOf ?? [])]) if (b.properties) visit(b, `${path}[]`);
      if (branch.additionalProperties && typeof branch.additionalProperties === 'object') visit(branch.additionalProperties, `${path}.*`);
    }
  };
  visit(schema, '');
  return rows;
}

function descriptionOf(s: Schema): string {
  if (s.description) return s.description;
  const items = s.items?.description;
  return items ? `list: ${items}` : '';
}

/** The first value the shipped example manifests give each key path. */
export function exampleValues(): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const record = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (path && !values.has(path)) values.set(path, value);
      for (const item of value) record(item, `${path}[]`);
    } else if (value !== null && typeof value === 'object') {
      if (path && !values.has(path)) values.set(path, value);
      for (const [k, v] of Object.entries(value)) record(v, path ? `${path}.${k}` : k);
    } else if (path && !values.has(path)) values.set(path, value);
  };
  for (const file of exampleManifests(join(PACKAGE_ROOT, 'examples'))) {
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    if (data !== null && typeof data === 'object' && 'apiVersion' in data) record(data, '');
  }
  return values;
}

function exampleManifests(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'ci' ? [] : exampleManifests(full);
      return /\.ya?ml$/.test(name) && name !== 'pipl-audit.yaml' && !name.endsWith('recommendation.yaml') ? [full] : [];
    });
}

function exampleOf(path: string, s: Schema, examples: Map<string, unknown>): string {
  const found = examples.get(path);
  if (found !== undefined) {
    const text = JSON.stringify(found);
    if (text.length <= 80) return `\`${text}\``;
    if (typeof found !== 'object') return `\`${text.slice(0, 77)}…\``;
  }
  const made = madeExample(s, path.replace(/\[\]/g, '').split('.').at(-1) ?? '', 0);
  if (made === undefined) return '';
  const text = JSON.stringify(made);
  return text.length <= 80 ? `\`${text}\`` : '';
}

/** Example values of references and free-text keys, by key name (ids follow the shipped examples). */
const NAMED_EXAMPLES: Record<string, string> = {
  id: 'waybills',
  store: 'waybills',
  interface: 'waybill-lookup',
  role: 'outlet-supervisor',
  account: 'outlet-0755-supervisor',
  realm: 'courier-outlets',
  identityRealm: 'courier-outlets',
  credentialPolicy: 'outlet-passwords',
  codeBase: 'backend',
  impactAssessment: 'pia-2022-waybills',
  copyOf: 'waybills',
  viewOf: 'transactions',
  reusedFrom: 'app-signup',
  clientId: 'outlet-portal',
  name: 'waybill_no',
  host: '%',
  reason: 'handles delivery complaints',
  pattern: '/api/waybills/*',
  path: '/api/waybills/:id',
  method: 'GET',
  handler: 'WaybillController.find',
  schema: 'public',
  grantee: 'report_reader',
  forRole: 'app_owner',
  using: "unit_id = current_setting('app.unit')",
  version: '24.0.5',
  root: 'backend/src',
  algorithm: 'HmacSHA1',
  approver: '部门负责人',
  operator: 'A courier company',
  organisation: 'Outlet services Ltd.',
  unit: 'outlet-0755',
  contact: 'privacy@example.com',
  purpose: 'delivery',
  inherit: 'base-staff',
  defaultRole: 'outlet-staff',
  mappedRole: 'outlet-staff',
  zh: '运单库',
  en: 'Waybill database',
};

function madeExample(s: Schema, key: string, depth: number): unknown {
  if (s.examples?.length) return s.examples[0];
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.map((a) => madeExample(a, key, depth)).find((v) => v !== undefined);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.type === 'boolean') return true;
  if (s.type === 'integer' || s.type === 'number') return s.minimum !== undefined && s.minimum > 0 ? s.minimum : 1;
  if (s.type === 'string') {
    if (s.format === 'date') return '2024-01-31';
    if (s.pattern?.startsWith('^(permanent|P')) return 'P3Y';
    if (s.pattern === '^[a-z0-9-]+(\\.[a-z0-9-]+)*$') return 'contact.phone';
    if (s.pattern?.startsWith('^\\d{4}')) return '2024-07';
    return NAMED_EXAMPLES[key] ?? (s.pattern === undefined ? 'text' : undefined);
  }
  if (depth > 2) return undefined;
  if (s.type === 'array' && s.items) {
    const item = madeExample(s.items, key.replace(/s$/, ''), depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (s.type === 'object' && s.properties) {
    const keys = s.required?.length ? s.required : Object.keys(s.properties).slice(0, 1);
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = madeExample(s.properties[k] as Schema, k, depth + 1);
      if (v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  }
  return undefined;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderManifestReference(rows: readonly ReferenceRow[] = manifestKeys()): string {
  const out = [
    '<!-- Generated by `npm run docs` from the manifest schema (src/inventory/manifest-schema.ts): edit the schema, not this page. -->',
    '',
    '# Manifest reference',
    '',
    `Every key of the manifest (\`apiVersion: pipl-audit/v1\`), ${rows.length} in all, generated from its JSON Schema`,
    '(`pipl-audit schema manifest`, `schemas/manifest-v1.json`). What the keys are for, with worked',
    'examples, is in [manifest-guide.md](manifest-guide.md). `stores[].fields[]` means: each entry of `stores`, each entry of its',
    '`fields`. **Required** keys are marked; a closed object accepts no other key. Examples come from the shipped',
    'example manifests (`examples/`) where one states the key.',
  ];
  let section = '';
  for (const row of rows) {
    const top = row.path.split(/[.[]/)[0] ?? row.path;
    if (top !== section) {
      section = top;
      out.push('', `## \`${top}\``, '', '| key | type | allowed values | description | example |', '|---|---|---|---|---|');
    }
    out.push(`| \`${row.path}\`${row.required ? ' **(required)**' : ''} | ${cell(row.type)} | ${cell(row.allowed)} | ${cell(row.description)} | ${cell(row.example)} |`);
  }
  return out.join('\n') + '\n';
}
