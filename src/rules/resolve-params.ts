// Parameters: a rule's defaults, overridden by the project (`RULE-ID.name` for one rule, or a
// bare `name` for every rule that has that parameter), then substituted into the rule's schemas
// before they are compiled: `{ $param: name }` becomes the value, and
// `{ $switch: { param, cases } }` becomes the case the value selects (e.g. a credential profile).
import type { RuleDefinition } from './rule-schema.js';

export type ParamOverrides = Record<string, unknown>;
export type ParamValues = Record<string, unknown>;

export class ParamError extends Error {}

export function resolveParams(rule: RuleDefinition, overrides: ParamOverrides): ParamValues {
  const values: ParamValues = {};
  for (const [name, definition] of Object.entries(rule.params ?? {})) {
    const scoped = `${rule.id}.${name}`;
    values[name] = scoped in overrides ? overrides[scoped] : name in overrides ? overrides[name] : definition.default;
  }
  return values;
}

export function substituteParams(schema: unknown, values: ParamValues, ruleId: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => substituteParams(s, values, ruleId));
  if (typeof schema !== 'object' || schema === null) return schema;
  const record = schema as Record<string, unknown>;
  if ('$param' in record) {
    const name = String(record.$param);
    if (!(name in values)) throw new ParamError(`rule ${ruleId} refers to undeclared parameter "${name}"`);
    return values[name];
  }
  if ('$switch' in record) {
    const { param, cases } = record.$switch as { param: string; cases: Record<string, unknown> };
    const value = String(values[param]);
    if (!(value in cases)) throw new ParamError(`rule ${ruleId}: parameter "${param}" is "${value}", expected one of: ${Object.keys(cases).join(', ')}`);
    return substituteParams(cases[value], values, ruleId);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = substituteParams(value, values, ruleId);
  return out;
}
