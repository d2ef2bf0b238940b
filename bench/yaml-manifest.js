// A large YAML manifest: the courier network of bench/generate-courier.js written as block YAML
// (as a person or a YAML-emitting tool would write it) at a scale that gives about 20 MB, then
// (1) read and located as the audit reads a manifest (src/sources/source-document.ts), in its own
// process, and (2) audited with the CLI. Prints wall time and peak memory of both.
//
// Usage: npm run build && node bench/yaml-manifest.js [--mb 20] [--reuse] [--dist DIR] [--no-audit]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateCourier } from './generate-courier.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const targetMb = Number(option('--mb', '20'));
const dist = resolve(option('--dist', join(here, '..', 'dist')));
const out = join(here, 'out');
const file = join(out, `courier-${targetMb}mb.yaml`);
mkdirSync(out, { recursive: true });

if (!args.includes('--reuse') || !existsSync(file)) {
  // 124 MB of one-entity-per-line JSON at scale 1; block YAML is a little larger per entity.
  let scale = targetMb / 160;
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = stringify(generateCourier({ scale }), { lineWidth: 0 });
    const mb = Buffer.byteLength(text) / 1e6;
    writeFileSync(file, text);
    if (Math.abs(mb - targetMb) / targetMb < 0.05) break;
    scale *= targetMb / mb;
  }
}
const bytes = statSync(file).size;
console.log(`manifest: ${file} (${(bytes / 1e6).toFixed(1)} MB)`);

/** Runs a child under GNU time; returns wall seconds and max RSS in MB. */
function measured(command, commandArgs) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [wall, rssKb] = last.split(' ').map(Number);
  return { status: result.status, wallS: wall, maxRssMb: Math.round((rssKb ?? 0) / 1024), stderr: result.stderr.slice(0, 2000) };
}

// (1) Reading: the document as the manifest importer reads it, and one line lookup per entity
// section (what findings cite), nothing else.
const readScript = `
import { readSourceDocument } from ${JSON.stringify(join(dist, 'sources', 'source-document.js'))};
const t0 = performance.now();
const doc = readSourceDocument(process.argv[1], 'manifest.yaml', { maxYamlBytes: Infinity });
const t1 = performance.now();
const pointers = Object.keys(doc.data).flatMap((k) => Array.isArray(doc.data[k]) ? [\`/\${k}/0/id\`, \`/\${k}/\${doc.data[k].length - 1}/id\`] : [\`/\${k}\`]);
const positions = doc.locate(pointers);
const t2 = performance.now();
console.log(JSON.stringify({ parseMs: Math.round(t1 - t0), locateMs: Math.round(t2 - t1), located: positions.size }));
`;
const read = measured(process.execPath, ['--input-type=module', '-e', readScript, file]);
console.log(`read + locate: ${read.wallS} s, ${read.maxRssMb} MB max RSS (exit ${read.status}) ${read.stderr.split('\n')[0]}`);
if (!args.includes('--no-audit')) {
  const auditRun = measured(process.execPath, [join(dist, 'cli', 'main.js'), 'audit', file, '--format', 'json', '-o', join(out, 'yaml-report.json'), '--fail-on', 'none', '--max-yaml-size', '1000']);
  console.log(`audit (CLI): ${auditRun.wallS} s, ${auditRun.maxRssMb} MB max RSS (exit ${auditRun.status})`);
}
