// Worker-thread entry: parses the files it is given and posts their facts back.
import { parentPort, workerData } from 'node:worker_threads';
import { parseCodeFile } from './parse-code-file.js';
import type { CodeText } from './scan-code-files.js';

const files = workerData as CodeText[];
parentPort?.postMessage(files.map((f) => parseCodeFile(f.path, f.text)));
