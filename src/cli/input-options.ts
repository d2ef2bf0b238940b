// The options every command that reads a project shares about what it may read: folders outside
// the project its paths may name (only ever from the command line, never from a file in the
// repository audited), the YAML size limit, and where the loads of PostgreSQL dumps are cached
// (a setting of the process, src/importers/postgresql/dump-cache.ts).
import type { Command } from 'commander';
import { configureDumpCache } from '../importers/postgresql/dump-cache.js';
import { DEFAULT_MAX_YAML_BYTES } from '../sources/read-limits.js';
import { UsageError } from './cli-error.js';
import { collect } from './common-options.js';

export interface InputFlags {
  allowOutside: string[];
  maxYamlSize?: string;
  /** false with --no-cache. */
  cache: boolean;
  cacheLocation?: string;
}

export function addInputOptions(command: Command): Command {
  return command
    .option('--allow-outside <path>', 'let the project file name paths inside this folder outside the project (repeatable)', collect, [])
    .option('--max-yaml-size <MB>', `refuse YAML files larger than this many megabytes (default ${DEFAULT_MAX_YAML_BYTES / 1024 / 1024}); use JSON for machine-generated inventories`)
    .option('--no-cache', 'load every PostgreSQL dump afresh: keep and reuse no cached load (also: PIPL_AUDIT_DUMP_CACHE=off)')
    .option('--cache-location <dir>', 'keep the cached loads of PostgreSQL dumps in this folder (default: $PIPL_AUDIT_DUMP_CACHE, else node_modules/.cache/pipl-audit/dump-loads)');
}

/** The flags as audit() options. */
export function inputReading(flags: InputFlags): { allowOutside: string[]; maxYamlBytes?: number } {
  configureDumpCache(flags.cache === false ? 'off' : flags.cacheLocation !== undefined ? { location: flags.cacheLocation } : 'default');
  if (flags.maxYamlSize === undefined) return { allowOutside: flags.allowOutside };
  const mb = Number(flags.maxYamlSize);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError({ zh: `--max-yaml-size 应为正数（兆字节），而不是 "${flags.maxYamlSize}"`, en: `--max-yaml-size must be a positive number of megabytes, not "${flags.maxYamlSize}"` });
  return { allowOutside: flags.allowOutside, maxYamlBytes: Math.round(mb * 1024 * 1024) };
}
