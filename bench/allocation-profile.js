// What a command allocates, by function: V8's sampling heap profiler with the objects the
// collectors freed kept in the samples (`node --heap-prof` keeps only what is still alive at the
// end, which says nothing about garbage). Young-generation collections are driven by how much is
// allocated; this names who allocates it. Shares are of the sampled bytes.
//
// Usage: node bench/allocation-profile.js OUT.json SCRIPT [ARGS…]   (then a summary is printed)
//   e.g. node bench/allocation-profile.js /tmp/alloc.json dist/cli/main.js audit F.json -f json -o /tmp/r.json --fail-on none
//        node bench/allocation-profile.js --summary /tmp/alloc.json [--top N]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
if (args[0] === '--summary') {
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;
  summarise(JSON.parse(readFileSync(args[1], 'utf8')), top);
} else {
  const [out, script, ...rest] = args;
  if (!out || !script) {
    console.error('usage: node bench/allocation-profile.js OUT.json SCRIPT [ARGS…] | --summary OUT.json [--top N]');
    process.exit(2);
  }
  const main = resolve(script);
  // The CLI restarts an audit of a large input with a larger young generation
  // (src/cli/young-generation.ts): it is profiled here, in this process, instead (the same allocation).
  process.env.PIPL_AUDIT_YOUNG_GENERATION = '1';
  process.argv = [process.argv[0], main, ...rest];
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  process.on('exit', () => {
    // The main thread's session answers synchronously, so this runs within the exit handler.
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return console.error(error);
      writeFileSync(out, JSON.stringify(result.profile));
      summarise(result.profile, 30, process.stderr);
    });
  });
  await import(pathToFileURL(main).href);
}

function summarise(profile, top, stream = process.stdout) {
  const self = new Map();
  const byFile = new Map();
  let total = 0;
  const walk = (node) => {
    const f = node.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    total += node.selfSize;
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    byFile.set(file, (byFile.get(file) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const print = (title, map) => {
    stream.write(`\n${title}\n`);
    for (const [name, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      stream.write(`${(bytes / 2 ** 20).toFixed(0).padStart(7)} MB ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${name}\n`);
    }
  };
  stream.write(`sampled allocation: ${(total / 2 ** 20).toFixed(0)} MB\n`);
  print('by file', byFile);
  print('by function (self)', self);
}
