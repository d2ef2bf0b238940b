// Applies a manifest's `overlays:` to the merged inventory: facts only people know (a Keycloak user
// is in fact shared by eight people, a login is used by a person) written on entities an export
// imported. Precedence: a fact the export states wins, and a different value in the overlay is a
// warning naming both places; a fact the importer only assumed (markAssumed) is replaced; an
// overlay whose selector matches nothing is an input error, so a typo never silently does nothing.
// The entity is replaced by a copy carrying the facts (the source's own object is never changed);
// each fact set keeps its manifest place (Provenance.recordFact) for the evidence of findings.
import type { Inventory } from './inventory.js';
import { carryAssumed, isAssumed } from './assumed-facts.js';
import { OVERLAY_SECTIONS, type Account, type DatabaseLogin, type IdentityClient, type OverlaySection, type Overlays } from './manifest-schema.js';
import type { Problem } from './check-references.js';
import type { SourceRef } from './provenance.js';
import { matchesPattern } from './id-pattern.js';

/** The overlays of one manifest file, with where they are written. */
export interface OverlaySource {
  overlays: Overlays;
  file: string;
  pointer: string;
}

interface OverlayEntry {
  match: Record<string, unknown>;
  set: Record<string, unknown>;
}

type Entity = { id: string } & Record<string, unknown>;

/** Where a conflict's other fact is, as "file:line" when a locator knows the line. */
export type DescribePlace = (place: SourceRef) => string;

export function applyOverlays(inventory: Inventory, sources: OverlaySource[], describe: DescribePlace): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const section of OVERLAY_SECTIONS) {
    const list = inventory[section] as unknown as Entity[];
    // original entity → its copy with the facts set so far, and the keys the overlays set
    const copies = new Map<Entity, { copy: Entity; setKeys: Set<string> }>();
    for (const source of sources) {
      const entries = (source.overlays[section] ?? []) as OverlayEntry[];
      entries.forEach((entry, index) => {
        const at = `${source.pointer}/${section}/${index}`;
        const matched = list.filter((entity) => selects(section, entry.match, entity));
        if (matched.length === 0) {
          problems.push({
            file: source.file,
            pointer: `${at}/match`,
            message: `overlay selector ${JSON.stringify(entry.match)} matches no entity in ${section}`,
            expected: `the id, id pattern or attributes of ${section} an export or manifest defines`,
          });
          return;
        }
        for (const original of matched) {
          let state = copies.get(original);
          if (!state) {
            const copy = { ...original };
            const place = inventory.provenance.of(original);
            if (place) inventory.provenance.record(copy, place.file, place.pointer);
            inventory.provenance.copyFacts(original, copy);
            copies.set(original, (state = { copy, setKeys: new Set() }));
          }
          for (const [key, value] of Object.entries(entry.set)) {
            const factPlace = { file: source.file, pointer: `${at}/set/${key}` };
            const current = state.copy[key];
            const stated = current !== undefined && (state.setKeys.has(key) || !isAssumed(original, key));
            if (!stated) {
              state.copy[key] = value;
              state.setKeys.add(key);
              inventory.provenance.recordFact(state.copy, key, factPlace);
            } else if (JSON.stringify(current) !== JSON.stringify(value)) {
              const other = inventory.provenance.factOf(state.copy, key) ?? inventory.provenance.of(original);
              warnings.push({
                file: source.file,
                pointer: factPlace.pointer,
                message: `${section} "${original.id}": ${key} is ${JSON.stringify(current)} where ${other ? describe(other) : 'its source'} states it; this overlay's ${JSON.stringify(value)} is not used`,
                expected: `one value for ${key}: correct the export or drop the fact from the overlay`,
              });
            }
          }
        }
      });
    }
    // The copy keeps the importer's assumptions (and unstated placeholders) the overlays did not
    // replace: a RAM user's unstated type stays unstated when an overlay states only its lastLogin.
    for (const [original, { copy, setKeys }] of copies) carryAssumed(original, copy, setKeys);
    if (copies.size > 0) {
      const replaced = list.map((entity) => copies.get(entity)?.copy ?? entity);
      (inventory as unknown as Record<string, unknown>)[section] = replaced;
    }
  }
  return { problems, warnings };
}

function selects(section: OverlaySection, match: Record<string, unknown>, entity: Entity): boolean {
  if (typeof match.id === 'string' && !matchesPattern(match.id, entity.id)) return false;
  switch (section) {
    case 'accounts':
      return selectsAccount(match, entity as unknown as Account);
    case 'databaseLogins': {
      const login = entity as unknown as DatabaseLogin;
      if (typeof match.name === 'string' && !matchesPattern(match.name, login.name)) return false;
      return match.engine === undefined || match.engine === login.engine;
    }
    case 'identityClients': {
      const client = entity as unknown as IdentityClient;
      if (typeof match.clientId === 'string' && !matchesPattern(match.clientId, client.clientId)) return false;
      return match.realm === undefined || match.realm === client.realm;
    }
    default:
      return true;
  }
}

function selectsAccount(match: Record<string, unknown>, account: Account): boolean {
  if (match.realm !== undefined && match.realm !== account.identityRealm) return false;
  if (match.type !== undefined && match.type !== account.type) return false;
  if (match.role !== undefined) {
    const wanted = Array.isArray(match.role) ? (match.role as string[]) : [match.role as string];
    if (!wanted.some((r) => account.roles?.includes(r))) return false;
  }
  if (typeof match.group === 'string') {
    const group = match.group.replace(/\/+$/, '');
    const inGroup = (name: string) => name === group || name.startsWith(group + '/');
    const groups = (account.roleOrigins ?? []).flatMap((o) => o.path).map((step) => /^(?:parent )?group (.+)$/.exec(step)?.[1]);
    if (!groups.some((g) => g !== undefined && inGroup(g))) return false;
  }
  if (match.attribute !== undefined && typeof match.attribute === 'object' && match.attribute !== null) {
    // { employeeType: contractor }: the export's attribute holds one of the values (patterns allowed).
    for (const [name, wanted] of Object.entries(match.attribute as Record<string, string | string[]>)) {
      const values = account.attributes?.[name] ?? [];
      const patterns = Array.isArray(wanted) ? wanted : [wanted];
      if (!values.some((v) => patterns.some((p) => matchesPattern(p, v)))) return false;
    }
  }
  return true;
}
