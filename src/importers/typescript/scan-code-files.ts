// Parses the files of a code base into facts, in this thread or in worker threads. Workers pay
// for themselves only when there are cores to spare and many files (each worker loads the
// TypeScript parser, about 0.6 s); `workers: auto` decides by both.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from './code-facts.js';
import { parseCodeFile } from './parse-code-file.js';

export interface CodeText {
  path: string;
  text: string;
}

/** Files below which workers never pay for their start-up. */
const WORKER_MIN_FILES = 2000;

export function workerCount(requested: number | 'auto' | undefined, files: number): number {
  if (typeof requested === 'number') return requested;
  // Measured (bench/README.md): on 2 cores a worker pool is slower than one thread, so `auto`
  // uses workers only with more than two cores free and a large tree.
  const cores = availableParallelism();
  return cores > 2 && files >= WORKER_MIN_FILES ? Math.min(cores - 1, 4) : 0;
}

const WORKER_SCRIPT = fileURLToPath(new URL('./scan-worker.js', import.meta.url));

export async function scanCodeFiles(files: CodeText[], workers: number): Promise<FileFacts[]> {
  // Workers run the compiled script; from sources (tests) the files are parsed here.
  if (workers <= 0 || !existsSync(WORKER_SCRIPT)) return files.map((f) => parseCodeFile(f.path, f.text));
  const chunks: CodeText[][] = Array.from({ length: workers }, () => []);
  files.forEach((f, i) => chunks[i % workers]?.push(f));
  const results = await Promise.all(
    chunks.filter((c) => c.length > 0).map(
      (chunk) =>
        new Promise<FileFacts[]>((resolve, reject) => {
          const worker = new Worker(WORKER_SCRIPT, { workerData: chunk });
          worker.once('message', (facts: FileFacts[]) => {
            resolve(facts);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  const byPath = new Map(results.flat().map((f) => [f.path, f]));
  return files.map((f) => byPath.get(f.path) as FileFacts);
}
