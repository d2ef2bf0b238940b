// Caches that live for one file's scan, dropped when parseCodeFile is done with the file.
//
// A module-level WeakMap keyed by a tree's nodes (or by its SourceFile) kept each tree alive
// through V8's young-generation collections: the table lives in the old generation, and a
// scavenge keeps what it points to, so the key, its value and everything their parent pointers
// reach — the whole tree — survived and was promoted, to be freed only by a full collection.
// A module-level Map emptied with clear() after each file did the same (its emptied table still
// pointed at the keys). A new Map per file is young and dies with the tree. Measured on the
// 5,000-file benchmark (bench/README.md, code scan, seventh pass): 252 MB promoted and ~1 s of
// scavenge pauses with the four WeakMaps, ~45 MB and ~0.17 s with a new Map per file.
//
// Keys are node objects (or the file), so an entry can never answer for another file's node;
// a caller outside parseCodeFile (a test calling an extractor directly) keeps its entries until
// the next file is scanned.

/** A node-keyed cache whose entries last until the end of the file being scanned (endFileScope). */
export class FileScopedCache<K, V> {
  /** Made on the first set of a file: most files never use most caches. */
  private entries: Map<K, V> | undefined;

  get(key: K): V | undefined {
    return this.entries?.get(key);
  }

  set(key: K, value: V): void {
    (this.entries ??= new Map<K, V>()).set(key, value);
  }

  /** Lets go of the Map: it, with everything its keys reach, becomes garbage while young. */
  drop(): void {
    this.entries = undefined;
  }
}

const caches: Array<FileScopedCache<unknown, unknown>> = [];

/** A cache emptied at the end of every file's scan. */
export function fileScopedMap<K, V>(): FileScopedCache<K, V> {
  const cache = new FileScopedCache<K, V>();
  caches.push(cache as FileScopedCache<unknown, unknown>);
  return cache;
}

/** Drops every file-scoped cache's entries: called by parseCodeFile once a file's facts are made. */
export function endFileScope(): void {
  for (const cache of caches) cache.drop();
}
