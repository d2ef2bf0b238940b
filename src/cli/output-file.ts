// Writes output files whole or not at all, safely in a folder an attacker may have prepared (a CI
// checkout of a hostile repository): each file is written inside a fresh folder with an
// unpredictable name made beside it (mkdtemp, so no planted link can stand in for it), opened
// with O_EXCL, and then renamed onto the target. A target that is a symbolic link, or one of the
// audit's own inputs, is refused before anything is written. On SIGINT/SIGTERM the temporary
// folders are removed and the process ends with 130/143. Each write returns the SHA-256 of the
// bytes written, for the evidence record.
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdtempSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './cli-error.js';

/** Temporary folders being written, for the signal handler to remove. */
const pending = new Set<string>();
let handlersInstalled = false;

/** Removes every temporary folder on SIGINT (exit 130) or SIGTERM (exit 143). Installed once, by the CLI. */
export function removeTemporaryFilesOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      for (const dir of pending) rmSync(dir, { recursive: true, force: true });
      pending.clear();
      process.exit(code);
    });
  }
}

export interface OutputFile {
  path: string;
  render: () => Iterable<string | Uint8Array>;
}

/**
 * Refuses targets that are symbolic links (a link planted where a report goes would send it
 * elsewhere) and targets that are one of `inputs` (real paths compared, so `./a/../x.yaml` and a
 * link to an input count too).
 */
export function checkOutputTargets(paths: readonly string[], inputs: readonly string[] = []): void {
  const inputReals = new Set(inputs.flatMap((p) => realPathOrNone(resolve(p))));
  for (const path of paths) {
    let isLink = false;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {
      // does not exist yet
    }
    if (isLink) throw new UsageError({ zh: `拒绝写入 ${path}：它是符号链接（请删除它，或写到别处）`, en: `refusing to write ${path}: it is a symbolic link (remove it, or write somewhere else)` });
    const real = realTarget(path);
    if (real !== undefined && inputReals.has(real)) throw new UsageError({ zh: `拒绝写入 ${path}：它是本次审计的输入文件之一`, en: `refusing to write ${path}: it is one of the audit's inputs` });
  }
}

function realPathOrNone(path: string): string[] {
  try {
    return [realpathSync(path)];
  } catch {
    return [];
  }
}

/** The real path the target would have: its folder's real path and its name. */
function realTarget(path: string): string | undefined {
  const [dir] = realPathOrNone(dirname(resolve(path)));
  return dir === undefined ? undefined : join(dir, basename(path));
}

/** One file, whole or not at all (small content: written in one piece); returns the SHA-256 of the bytes written. */
export function writeFileAtomic(path: string, content: string | Uint8Array, inputs: readonly string[] = []): string {
  checkOutputTargets([path], inputs);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const dir = makeTempDir(path);
  try {
    const temp = join(dir, 'output');
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    checkOutputTargets([path], inputs);
    renameSync(temp, path);
  } finally {
    removeTemp(dir);
  }
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Several files, all or none: each is rendered and written to a temporary file in a fresh folder
 * beside it in turn (so only one rendering is in memory at a time); only when every one is
 * complete are they renamed into place. A failure — an unwritable path, a rendering error —
 * removes every temporary folder, and no output file is left behind. Between blocks of about a
 * megabyte the event loop runs, so SIGINT/SIGTERM stop a long write (and remove its folders).
 * Returns each file's path and the SHA-256 of the bytes written (empty with `hash: false`).
 */
export async function writeFilesAtomic(files: readonly OutputFile[], inputs: readonly string[] = [], options: { hash?: boolean } = {}): Promise<Array<{ path: string; sha256: string }>> {
  // The hash is for an evidence record; without one, a national report's 100 MB are not hashed for nothing.
  const hashing = options.hash ?? true;
  const targets = files.map((f) => f.path);
  checkOutputTargets(targets, inputs);
  const temps: Array<{ dir: string; temp: string; path: string }> = [];
  const written: Array<{ path: string; sha256: string }> = [];
  try {
    for (const file of files) {
      const dir = makeTempDir(file.path);
      const temp = join(dir, 'output');
      temps.push({ dir, temp, path: file.path });
      const fd = openSync(temp, 'wx', 0o644);
      const hash = hashing ? createHash('sha256') : undefined;
      const put = (block: string | Uint8Array) => {
        if (!hash && typeof block === 'string') {
          writeSync(fd, block, null, 'utf8');
          return;
        }
        const bytes = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
        writeSync(fd, bytes);
        hash?.update(bytes);
      };
      try {
        let block = '';
        for (const chunk of file.render()) {
          if (typeof chunk !== 'string') {
            // Bytes (a printed PDF) are written as they are, after any text before them.
            if (block) put(block);
            block = '';
            put(chunk);
            continue;
          }
          block += chunk;
          if (block.length >= 1 << 20) {
            put(block);
            block = '';
            await new Promise((done) => setImmediate(done));
          }
        }
        if (block) put(block);
      } finally {
        closeSync(fd);
      }
      written.push({ path: file.path, sha256: hash ? hash.digest('hex') : '' });
    }
    // A link planted while the files were rendered is refused too.
    checkOutputTargets(targets, inputs);
    for (const { temp, path } of temps) renameSync(temp, path);
  } finally {
    for (const { dir } of temps) removeTemp(dir);
  }
  return written;
}

/** A fresh folder with an unpredictable name beside `path` (mkdtemp: created, never reused). */
function makeTempDir(path: string): string {
  const dir = mkdtempSync(join(dirname(path), `.${basename(path)}.`));
  pending.add(dir);
  return dir;
}

function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  pending.delete(dir);
}
