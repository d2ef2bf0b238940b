// The options every command that reads a project shares about what it may read: folders outside
// the project its paths may name (only ever from the command line, never from a file in the
// repository audited), and the YAML size limit.
import type { Command } from 'commander';
import { DEFAULT_MAX_YAML_BYTES } from '../sources/read-limits.js';
import { UsageError } from './cli-error.js';
import { collect } from './common-options.js';

export interface InputFlags {
  allowOutside: string[];
  maxYamlSize?: string;
}

export function addInputOptions(command: Command): Command {
  return command
    .option('--allow-outside <path>', 'let the project file name paths inside this folder outside the project (repeatable)', collect, [])
    .option('--max-yaml-size <MB>', `refuse YAML files larger than this many megabytes (default ${DEFAULT_MAX_YAML_BYTES / 1024 / 1024}); use JSON for machine-generated inventories`);
}

/** The flags as audit() options. */
export function inputReading(flags: InputFlags): { allowOutside: string[]; maxYamlBytes?: number } {
  if (flags.maxYamlSize === undefined) return { allowOutside: flags.allowOutside };
  const mb = Number(flags.maxYamlSize);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError({ zh: `--max-yaml-size 应为正数（兆字节），而不是 "${flags.maxYamlSize}"`, en: `--max-yaml-size must be a positive number of megabytes, not "${flags.maxYamlSize}"` });
  return { allowOutside: flags.allowOutside, maxYamlBytes: Math.round(mb * 1024 * 1024) };
}
