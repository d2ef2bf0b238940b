// Writes an output file whole or not at all: to a temporary file beside it, then renamed.
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; render: () => Iterable<string> }>): void {
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      temps.push({ temp, path: file.path });
      const fd = openSync(temp, 'w');
      try {
        let block = '';
        for (const chunk of file.render()) {
          block += chunk;
          if (block.length >= 1 << 20) {
            writeSync(fd, block);
            block = '';
          }
        }
        if (block) writeSync(fd, block);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of temps) renameSync(temp, path);
}
