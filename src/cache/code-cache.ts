// Requires a large CommonJS module with V8's code cache (Node 20 has no built-in compile cache;
// Node ≥ 22.1's module.enableCompileCache does the same for every module). Compiling the
// TypeScript bundle the code scanner parses with is about 0.3 s of CPU in every process that scans
// code; with the bytecode V8 produced in an earlier process it is a fraction of that.
//
// The cache lives in node_modules/.cache/pipl-audit/code (src/cache/cache-folder.ts), one file per
// module, named by the SHA-256 of the module's source together with Node's, V8's and the
// architecture's versions: a changed module or another Node is another file, never stale bytecode.
// The file carries the SHA-256 of its own payload and is used only when that matches (V8 checks
// versions and the source's length itself, but not the payload in release builds), so a corrupt
// or truncated file means compiling from source, never a crash. What is cached is code: whoever
// can write in the folder can change what the auditor runs — as whoever can write in node_modules
// can change the module itself, which is why the cache is kept there and nowhere else. The
// bytecode is written when the process exits, after the module has run, so that the functions V8
// compiled lazily while scanning are in it too; a folder that cannot be written means no cache.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheFolder } from './cache-folder.js';

const require = createRequire(import.meta.url);
const DIGEST_BYTES = 32;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/** The cached bytecode in `path`, when the file is whole (its payload matches the digest before it). */
function readEntry(path: string): Buffer | undefined {
  try {
    const file = readFileSync(path);
    if (file.length <= DIGEST_BYTES) return undefined;
    const payload = file.subarray(DIGEST_BYTES);
    return sha256(payload).equals(file.subarray(0, DIGEST_BYTES)) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function writeEntry(path: string, payload: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`;
    writeFileSync(temporary, Buffer.concat([sha256(payload), payload]), { flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    // Not writable: the next process compiles from source again.
  }
}

export interface CodeCacheLoad {
  exports: unknown;
  /** Whether the compilation came from the cache (else from source). */
  fromCache: boolean;
  /** Writes the bytecode V8 has for the module now (all it compiled so far) to the cache. */
  save(): void;
}

/** Runs a CommonJS module compiled with the bytecode cached in `dir` when it is there, whole and accepted by V8. */
export function loadWithCodeCache(file: string, dir: string): CodeCacheLoad {
  const source = readFileSync(file);
  const key = createHash('sha256').update(`${process.version}\0${process.versions.v8}\0${process.arch}\0`).update(source).digest('hex');
  const entry = join(dir, `${basename(file).replace(/[^\w.-]/g, '_')}-${key}.bin`);
  const cachedData = readEntry(entry);
  const script = new Script(Module.wrap(source.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, fromCache: cachedData !== undefined && script.cachedDataRejected !== true, save: () => writeEntry(entry, script.createCachedData()) };
}

/** `require(file)` for a CommonJS module, its compilation served from the code cache when there is one. */
export function requireWithCodeCache(file: string): unknown {
  const folder = cacheFolder();
  if (!folder || require.cache[file]) return require(file);
  const load = loadWithCodeCache(file, join(folder.dir, 'code'));
  if (!load.fromCache) process.once('exit', load.save);
  return load.exports;
}
