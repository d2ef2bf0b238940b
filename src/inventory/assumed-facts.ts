// Facts an importer fills in because its export has no field for them, not because the export
// states them: a Keycloak user is imported as a `personal` account held by its username. An
// overlay in the manifest replaces such a fact without a conflict; a fact the export does state
// wins over the overlay. Kept beside the entity (a WeakMap), like its provenance.
//
// Only a manifest overlay or another source's account facts read these marks (both while the
// inventory is built). An importer marking every one of a large export's entities can leave its
// marks in its result (AssumedMarks, ImportResult.assumed): buildInventory marks them only when
// something will read them. A table entry per entity is not free: marking each of a
// 300,000-user realm's accounts as it was made cost ~0.3 s of CPU (bench/README.md, "Seventh
// pass" of goals 2 and 3), for an audit with no overlay, which never asks.

const assumed = new WeakMap<object, ReadonlySet<string>>();

/** One set per distinct list of keys marked first: 300,000 imported users share a handful. */
const firstMarks = new Map<string, ReadonlySet<string>>();
let lastMark: { keys: readonly string[] | undefined; set: ReadonlySet<string> } = { keys: undefined, set: new Set() };

/** Marks `keys` of `entity` as the importer's assumption. */
export function markAssumed(entity: object, keys: readonly string[]): void {
  const previous = assumed.get(entity);
  if (previous) {
    assumed.set(entity, new Set([...previous, ...keys]));
    return;
  }
  // An importer passing one constant list for each of its 300,000 accounts finds it by identity.
  if (keys !== lastMark.keys) {
    const id = JSON.stringify(keys);
    let set = firstMarks.get(id);
    if (!set) firstMarks.set(id, (set = new Set(keys)));
    lastMark = { keys, set };
  }
  assumed.set(entity, lastMark.set);
}

/** True when `entity[key]` is an importer's assumption rather than a fact its export states. */
export function isAssumed(entity: object, key: string): boolean {
  return assumed.get(entity)?.has(key) ?? false;
}

// A fact the importer must write (the schema requires it) but the export does not state at all,
// and that no rule may rest on: a RAM user whose console log-in the bundle does not state is
// written `type: personal` only to keep the account valid. The views read such a key as unstated
// (null), so rules needing it say NOT_EVALUATED; it is also an assumption, so an overlay (or
// another export) stating the key replaces it, and the mark is then dropped.
const unstated = new WeakMap<object, ReadonlySet<string>>();

/** Marks `keys` of `entity` as written only for validity: unstated for rules, replaceable by an overlay. */
export function markUnstated(entity: object, keys: readonly string[]): void {
  markAssumed(entity, keys);
  const previous = unstated.get(entity);
  unstated.set(entity, new Set([...(previous ?? []), ...keys]));
}

/** True when `entity[key]` is a placeholder its export does not state (markUnstated). */
export function isUnstated(entity: object, key: string): boolean {
  return unstated.get(entity)?.has(key) ?? false;
}

/** Carries `from`'s assumption (and unstated) marks to its copy `to`, except for `replaced` keys (now stated). */
export function carryAssumed(from: object, to: object, replaced: ReadonlySet<string>): void {
  const keys = [...(assumed.get(from) ?? [])].filter((k) => !replaced.has(k));
  if (keys.length > 0) markAssumed(to, keys);
  const unstatedKeys = [...(unstated.get(from) ?? [])].filter((k) => !replaced.has(k));
  if (unstatedKeys.length > 0) unstated.set(to, new Set(unstatedKeys));
}

/** Marks an importer leaves in its result (ImportResult.assumed), made in the inventory only when read. */
export class AssumedMarks {
  private readonly entities: object[] = [];
  private readonly keyLists: Array<readonly string[]> = [];

  /** `keys` of `entity` are the importer's assumption (markAssumed, deferred). */
  add(entity: object, keys: readonly string[]): void {
    this.entities.push(entity);
    this.keyLists.push(keys);
  }

  /** Each mark made, in the order added (markAssumed: marking an entity twice adds the keys). */
  markAll(): void {
    for (let i = 0; i < this.entities.length; i++) markAssumed(this.entities[i] as object, this.keyLists[i] as readonly string[]);
  }
}
