// Preloaded into the audited process (`node --import bench/rss-hook.js …`) when /usr/bin/time is
// not installed: on exit, writes the process's own peak RSS to $PIPL_BENCH_RSS_FILE. It changes
// nothing else about the run.
// An audit of a large input restarts itself (src/cli/young-generation.ts), so the hook runs in
// both processes: the restarted one exits first, and the first one, on its exit, adds its CPU
// to what that one wrote and keeps the larger peak, as GNU time reports a process tree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const target = process.env.PIPL_BENCH_RSS_FILE;
if (target) {
  const started = Date.now();
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes; CPU times in microseconds.
    const usage = process.resourceUsage();
    let own = { maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, started };
    if (existsSync(target)) {
      const child = JSON.parse(readFileSync(target, 'utf8'));
      // Written by a process of this run only if it started after this one (a file of an earlier run is replaced).
      if (child.started >= started) own = { maxRssBytes: Math.max(own.maxRssBytes, child.maxRssBytes), cpuMs: own.cpuMs + child.cpuMs, started };
    }
    writeFileSync(target, JSON.stringify(own));
  });
}
