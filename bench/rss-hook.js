// Preloaded into the audited process (`node --import bench/rss-hook.js …`) when /usr/bin/time is
// not installed: on exit, writes the process's own peak RSS to $PIPL_BENCH_RSS_FILE. It changes
// nothing else about the run.
import { writeFileSync } from 'node:fs';

const target = process.env.PIPL_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes; CPU times in microseconds.
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
