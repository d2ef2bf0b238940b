// Writes an output file whole or not at all: to a temporary file beside it, then renamed. Each
// write returns the SHA-256 of the bytes written, for the evidence record.
import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes the file; returns the SHA-256 of the bytes written. */
export function writeFileAtomic(path: string, content: string | Uint8Array): string {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return createHash('sha256').update(bytes).digest('hex');
}

/** The same, for content produced in pieces: written in blocks of about a megabyte as they come. */
export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  writeFilesAtomic([{ path, render: () => chunks }]);
}

/**
 * Several files, all or none: each is rendered and written to a temporary file beside it in
 * turn (so only one rendering is in memory at a time); only when every one is complete are they
 * renamed into place. A failure — an unwritable path, a rendering error — removes every
 * temporary file, and no output file is left behind.
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; render: () => Iterable<string> }>): Array<{ path: string; sha256: string }> {
  const temps: Array<{ temp: string; path: string }> = [];
  const written: Array<{ path: string; sha256: string }> = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      temps.push({ temp, path: file.path });
      const fd = openSync(temp, 'w');
      const hash = createHash('sha256');
      const put = (block: string) => {
        const bytes = Buffer.from(block, 'utf8');
        writeSync(fd, bytes);
        hash.update(bytes);
      };
      try {
        let block = '';
        for (const chunk of file.render()) {
          block += chunk;
          if (block.length >= 1 << 20) {
            put(block);
            block = '';
          }
        }
        if (block) put(block);
      } finally {
        closeSync(fd);
      }
      written.push({ path: file.path, sha256: hash.digest('hex') });
    }
  } catch (error) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of temps) renameSync(temp, path);
  return written;
}
