// A larger young generation for an audit of a large input. Nearly everything such an audit
// allocates between the parse and the report lives for a while (the views' items, findings), and
// V8's young generation, two semi-spaces of at most 16 MB by default, fills every few milliseconds:
// each scavenge copies what survives. Semi-spaces of 64 MB made a fifth of the scavenges and took
// 5–7 % off the CPU of the national inventory's audit, for ~120 MB more peak memory
// (bench/README.md, "Ninth pass" and "Seventh pass" of goals 2 and 3). V8 sizes the young
// generation when it sets up its heap: `v8.setFlagsFromString` at run time changes nothing, so
// the flag must be on node's command line. A `bin` cannot put it there (`#!/usr/bin/env -S` is not
// in every `env`, and `node dist/cli/main.js` reads no #! line), so `audit` of an input of 32 MB
// or more starts itself again with the flag; a smaller audit, where a second start-up would cost
// more than it saves, runs as it is. A flag the user gave (on node's command line or in
// NODE_OPTIONS) is left alone.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FLAG = '--max-semi-space-size';
const SEMI_SPACE_MB = 64;
/** Inputs at least this large start the audit again with the flag (PIPL_AUDIT_RELAUNCH_BYTES overrides it, for tests). */
const LARGE_INPUT_BYTES = 32 * 2 ** 20;
/** Set in the restarted process, which never restarts (and by bench/allocation-profile.js, which profiles its own process). */
const RESTARTED = 'PIPL_AUDIT_YOUNG_GENERATION';
/** Entries a folder's walk reads before it gives up: a large project folder is not worth the look. */
const WALK_ENTRIES = 2000;

/**
 * When `argv` audits a large input and the flag is not given: the audit run again in a child
 * process with it, resolving to the exit code to leave with. Otherwise undefined (run here).
 * Arguments are read as paths without the program's parser: a value of an option taken for a
 * path (or a path missed) only decides whether to start again, never what the audit reads.
 */
export async function auditWithLargerYoungGeneration(argv: readonly string[]): Promise<number | undefined> {
  if (process.env[RESTARTED] !== undefined || flagGiven()) return undefined;
  const [command, ...rest] = argv.slice(2);
  if (command !== 'audit') return undefined;
  const threshold = Number(process.env.PIPL_AUDIT_RELAUNCH_BYTES ?? LARGE_INPUT_BYTES);
  // Every argument not an option, but the report's own path (-o FILE, which may be a large report of an earlier run).
  const paths = rest.filter((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '-o' && rest[i - 1] !== '--output');
  if (!(inputBytes(paths.length > 0 ? paths : ['.'], threshold) >= threshold)) return undefined;
  const script = argv[1] as string;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, `${FLAG}=${SEMI_SPACE_MB}`, script, ...argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [RESTARTED]: '1' },
  });
  // The child gets what this process gets; it removes its own temporary files and exits.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  return await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/**
 * The flag given, or node run to profile or debug: a profile (`--cpu-prof`, `--heap-prof`, `--prof`)
 * or a debugger (`--inspect…`) is of this process, so the audit runs here (give the flag as well
 * to profile what a restarted audit runs).
 */
function flagGiven(): boolean {
  const given = (arg: string) => arg.startsWith(FLAG) || arg.startsWith('--max_semi_space_size') || /^--(cpu-prof|heap-prof|prof|inspect)/.test(arg);
  return process.execArgv.some(given) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).some(given);
}

/**
 * The bytes of the regular files among `paths` and in the folders among them (read until the
 * sum reaches `enough`, or WALK_ENTRIES entries were read; dependency and hidden folders left out).
 * A path that cannot be read counts nothing: the audit itself reports it.
 */
function inputBytes(paths: readonly string[], enough: number): number {
  let sum = 0;
  let entries = 0;
  const folders: string[] = [];
  const add = (path: string) => {
    try {
      const stat = lstatSync(path);
      if (stat.isFile()) sum += stat.size;
      else if (stat.isDirectory()) folders.push(path);
    } catch {
      // unreadable or absent: nothing to count
    }
  };
  for (const path of paths) add(path);
  while (folders.length > 0 && sum < enough && entries < WALK_ENTRIES) {
    const folder = folders.shift() as string;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (++entries > WALK_ENTRIES || sum >= enough) break;
      if (name.startsWith('.') || name === 'node_modules') continue;
      add(join(folder, name));
    }
  }
  return sum;
}
