// The project-file `mapping:` of a RuoYi source: which permission strings (sys_menu.perms) are
// which manifest interfaces, and which departments are which units. A perm the dump does not
// define, or an interface the manifest does not declare, is an input error at the mapping entry
// with the nearest name.
import { Type, type Static } from '@sinclair/typebox';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { Inventory } from '../../inventory/inventory.js';
import { Action, Id, type Grant } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { closestName } from '../../schema/closest-name.js';
import { escapeSegment } from '../../sources/json-pointer.js';

const closed = { additionalProperties: false } as const;

const PermEntry = Type.Union(
  [
    Id,
    Type.Object(
      {
        interface: Id,
        actions: Type.Optional(Type.Array(Action, { minItems: 1, description: 'what the perm allows on the interface (default: from its last segment — list/query → read, export → export, add/import → create, edit → update, remove → delete)' })),
      },
      closed,
    ),
  ],
  { description: 'the manifest interface id, or { interface, actions }' },
);

export const RuoyiMappingSchema = Type.Object(
  {
    perms: Type.Optional(Type.Record(Type.String(), PermEntry, { description: 'RuoYi permission string (sys_menu.perms, e.g. waybill:query:list) → manifest interface' })),
    depts: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'RuoYi department (dept_id, or dept_name) → the unit name accounts of it get (default: the dept_name)' })),
  },
  { ...closed, description: 'ties RuoYi permissions and departments to the manifest’s interfaces and units' },
);

export type RuoyiMapping = Static<typeof RuoyiMappingSchema>;
type GrantAction = Grant['actions'][number];

export interface PermTarget {
  interface: string;
  actions: GrantAction[];
}

/** The action a perm string's last segment names (RuoYi's generator writes list, query, add, edit, remove, export, import). */
export function actionOfPerm(perm: string): GrantAction {
  const last = (perm.split(':').pop() ?? '').toLowerCase();
  if (last === 'export') return 'export';
  if (last === 'print') return 'print';
  if (['add', 'import', 'insert', 'create', 'save', 'upload'].includes(last)) return 'create';
  if (['edit', 'update', 'resetpwd', 'changestatus', 'modify', 'audit', 'unlock'].includes(last)) return 'update';
  if (['remove', 'delete', 'clean', 'clear', 'forcelogout', 'batchlogout'].includes(last)) return 'delete';
  return 'read';
}

function pointerOf(place: SourceRef | undefined, ...segments: string[]): { file: string; pointer: string } {
  return { file: place?.file ?? 'pipl-audit.yaml', pointer: `${place?.pointer ?? '/mapping'}/${segments.map(escapeSegment).join('/')}` };
}

/**
 * The perm → interface targets, checked against the manifest's interfaces and the dump's perms
 * (`knownPerms` undefined: the source holds no sys_menu — console exports — so a perm cannot be
 * checked; the mapping then states which interfaces the console serves, the super administrator's).
 */
export function readPermMapping(mapping: RuoyiMapping, declared: Inventory, knownPerms: ReadonlySet<string> | undefined, place: SourceRef | undefined, file: string): Map<string, PermTarget> {
  const out = new Map<string, PermTarget>();
  const interfaces = new Set(declared.interfaces.map((i) => i.id));
  const problems: Diagnostic[] = [];
  for (const perm of Object.keys(mapping.perms ?? {}).sort()) {
    const entry = (mapping.perms ?? {})[perm] as Static<typeof PermEntry>;
    const target = typeof entry === 'string' ? { interface: entry, actions: [actionOfPerm(perm)] } : { interface: entry.interface, actions: entry.actions ?? [actionOfPerm(perm)] };
    if (knownPerms && !knownPerms.has(perm)) {
      const guess = closestName(perm, [...knownPerms]);
      problems.push({ severity: 'error', ...pointerOf(place, 'perms', perm), message: `mapping names RuoYi permission "${perm}", which no sys_menu row of ${file} defines${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a perms value of the dump’s sys_menu table' });
    }
    if (!interfaces.has(target.interface)) {
      const guess = closestName(target.interface, [...interfaces]);
      problems.push({ severity: 'error', ...pointerOf(place, 'perms', perm, ...(typeof entry === 'string' ? [] : ['interface'])), message: `mapping of RuoYi permission "${perm}" names interface "${target.interface}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: interfaces.size > 0 ? `one of the manifest's interfaces: ${[...interfaces].sort().join(', ')}` : 'a manifest that declares the interface' });
    }
    out.set(perm, target);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

/** The dept → unit names, checked against the dump's departments (by id or name). */
export function readDeptMapping(mapping: RuoyiMapping, depts: ReadonlyArray<{ id: string; name: string }>, place: SourceRef | undefined, file: string): Map<string, string> {
  const out = new Map<string, string>();
  const problems: Diagnostic[] = [];
  const names = depts.flatMap((d) => [d.id, d.name]);
  for (const key of Object.keys(mapping.depts ?? {}).sort()) {
    const unit = (mapping.depts ?? {})[key] as string;
    const matching = depts.filter((d) => d.id === key || d.name === key);
    if (matching.length === 0) {
      const guess = closestName(key, names);
      problems.push({ severity: 'error', ...pointerOf(place, 'depts', key), message: `mapping names RuoYi department "${key}", which no sys_dept row of ${file} has as dept_id or dept_name${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a dept_id or dept_name of the dump’s sys_dept table' });
    }
    for (const d of matching) if (d.id === key || !out.has(d.id)) out.set(d.id, unit);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
