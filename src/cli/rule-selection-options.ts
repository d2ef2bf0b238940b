// The options every command that runs an audit shares: which packs, parameter overrides and rules
// switched off. One definition, so `audit`, `baseline write` and `verify` accept the same flags
// the same way.
import type { Command } from 'commander';
import type { ParamOverrides } from '../rules/resolve-params.js';
import { collect, parseParams } from './common-options.js';

export interface RuleSelectionFlags {
  pack?: string[];
  param: string[];
  disable: string[];
}

/** Adds --pack, --param and --disable; `scope` prefixes their help (e.g. "for sources audited here: "). */
export function addRuleSelectionOptions(command: Command, scope = ''): Command {
  return command
    .option('--pack <pack>', `${scope}rule pack to run: a shipped pack name or a folder (repeatable)`, collect)
    .option('--param <name=value>', `${scope}override a rule parameter: RULE-ID.name=value or name=value (repeatable)`, collect, [])
    .option('--disable <rule>', `${scope}do not run this rule (repeatable)`, collect, []);
}

/** The flags as audit() options. */
export function ruleSelection(flags: RuleSelectionFlags): { packs?: string[]; params: ParamOverrides; disable: string[] } {
  return { ...(flags.pack ? { packs: flags.pack } : {}), params: parseParams(flags.param), disable: flags.disable };
}

/** The flags as stated, for an evidence record (only those given). */
export function ruleSelectionRecord(flags: RuleSelectionFlags): { packs?: string[]; params?: ParamOverrides; disable?: string[] } {
  return {
    ...(flags.pack ? { packs: flags.pack } : {}),
    ...(flags.param.length > 0 ? { params: parseParams(flags.param) } : {}),
    ...(flags.disable.length > 0 ? { disable: flags.disable } : {}),
  };
}
