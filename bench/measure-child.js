// One child process measured as the benchmark phases measure it: wall time, CPU (user + system of
// the whole process, GC and helper threads included) and peak RSS, from GNU time
// (`/usr/bin/time -f '%e %M %U %S'`, Debian package `time`). CPU includes the child processes the
// audit waits for (PGlite's, casbin's); peak RSS is the largest single process's, not their sum.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `node ARGV…` to completion; throws with its stderr when it fails. */
export function measureNode(argv, { cwd } = {}) {
  const timeFile = join(tmpdir(), `pipl-audit-bench-time-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...argv], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  const [wall, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  rmSync(timeFile, { force: true });
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssBytes: kb * 1024, loadAverage1m: loadavg()[0], stdout: r.stdout };
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const mb = (bytes) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
export const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
