// A full garbage collection, on request. Reading a large YAML document leaves several times its
// size in dead parser events on the heap; V8 collects them only once the heap has grown past its
// next limit, so the audit's own allocations came on top of them and its peak memory depended on
// when that happened (a 20 MB manifest: 480 or 620 MB between identical runs; with a collection
// right after the read, 465 MB in both; bench/README.md). One collection there costs a few tens of
// milliseconds against seconds of reading.
//
// V8 gives a `gc` function only to contexts created while `--expose-gc` is set, so the flag is set
// for the moment it takes to create one and cleared again: V8's code caches (src/cache/code-cache.ts)
// are checked against a hash of the flags, which is then what it was before.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    gc = null;
    const given = process.execArgv.some((a) => a === '--expose-gc' || a === '--expose_gc') || /--expose[-_]gc\b/.test(process.env.NODE_OPTIONS ?? '');
    try {
      if (!given) setFlagsFromString('--expose-gc');
      const exposed: unknown = runInNewContext('gc');
      if (typeof exposed === 'function') gc = exposed as () => void;
    } catch {
      // Not available: V8 collects when it decides to, as before.
    } finally {
      if (!given) setFlagsFromString('--no-expose-gc');
    }
  }
  gc?.();
}
