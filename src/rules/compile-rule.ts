// Compiling a rule: parameters resolved and substituted, conditions compiled once by ajv (with
// $data, so a condition may compare two values of the same item).
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../schema/ajv-instance.js';
import { booleanCondition, type Condition } from '../schema/boolean-condition.js';
import { compileSchema } from '../schema/compile-schema.js';
import { VIEW_NAMES } from '../views/registry.js';
import { templateFilterProblems } from './check-template-filters.js';
import { checkDecisionTable, compileDecisionTable, type CompiledDecisionTable } from './decision-table.js';
import { DERIVATIONS, type DerivationFunction } from './derivations.js';
import { ParamError, resolveParams, substituteParams, type ParamOverrides, type ParamValues } from './resolve-params.js';
import { needPaths, type Need, type RuleDefinition } from './rule-schema.js';
import { parsePointer } from '../sources/json-pointer.js';

export interface CompiledDerivation {
  name: string;
  fn: DerivationFunction;
  args: Record<string, unknown>;
}

export interface CompiledRule {
  definition: RuleDefinition;
  /** Where the rule was loaded from, for error messages. */
  file: string;
  params: ParamValues;
  /** Asked only yes or no: without building ajv's error objects where the condition allows (src/schema/boolean-condition.ts). */
  applies: Condition | undefined;
  require: ValidateFunction | undefined;
  /**
   * `require` asked only yes or no, where it can be without ajv: true is a PASS; false asks
   * `require` itself, whose verdict and errors (the places a FAIL cites) decide.
   */
  requirePasses: Condition | undefined;
  /** A rule judged by a decision table instead of `require`. */
  decision: CompiledDecisionTable | undefined;
  derive: CompiledDerivation[];
  /**
   * `applies` cannot see what `derive` adds (it names no derived value and no keyword that looks
   * at an object's other properties), so it is asked first and only applicable items are derived.
   */
  appliesBeforeDerive: boolean;
  /**
   * Only the texts (message, pass message, manual note) read what `derive` adds: no condition,
   * need, table, group, evidence or fold path names it. The values are then made for the findings
   * rendered, not for every item the rule applies to (a national inventory's 100,000 members of one
   * group are never rendered one by one).
   */
  derivesForMessageOnly: boolean;
  /** The needs, with the condition of a conditional need compiled. */
  needs: CompiledNeed[];
  /** The basis entries that ground the rule's requirement (grounds not false), with the items each grounds it for. */
  grounding: CompiledGround[];
}

export interface CompiledGround {
  instrument: string;
  provision: string;
  /** The items the entry grounds the rule for (groundsWhen); undefined: every item. */
  when: Condition | undefined;
}

export interface CompiledNeed {
  /** The item paths of the fact: one, or alternatives of which one must be stated. */
  paths: string[];
  /** Each path's segments, split once: a need is read for every item of every rule that has it. */
  segments: ReadonlyArray<readonly string[]>;
  when: Condition | undefined;
}

export function compileRule(definition: RuleDefinition, file: string, overrides: ParamOverrides): CompiledRule {
  const id = definition.id;
  if (!VIEW_NAMES.includes(definition.view)) throw new ParamError(`rule ${id}: unknown view "${definition.view}" (expected one of: ${VIEW_NAMES.join(', ')})`);
  const kinds = [definition.require, definition.decision, definition.manual].filter((k) => k !== undefined).length;
  if (kinds !== 1) throw new ParamError(`rule ${id}: needs exactly one of "require" (a checked rule), "decision" (a decision table) or "manual" (a manual check)`);
  const templateProblems = templateFilterProblems(definition);
  if (templateProblems.length > 0) throw new ParamError(`rule ${id}: the |template filter is misused:\n  - ${templateProblems.join('\n  - ')}`);
  const params = resolveParams(definition, overrides);
  for (const [name, value] of Object.entries(params)) {
    const schema = definition.params?.[name]?.schema;
    if (!schema) continue;
    const validate = compileSchema('document', schema);
    if (!validate(value)) {
      throw new ParamError(`rule ${id}: parameter "${name}" = ${JSON.stringify(value)} is not valid (${createAjv().errorsText(validate.errors)})`);
    }
  }
  const compile = (schema: Record<string, unknown> | undefined, part: string) => {
    if (!schema) return undefined;
    try {
      // `applies` is evaluated for every item of the view and only as yes or no: no error collection.
      return compileSchema(part === 'applies' ? 'applies' : 'condition', substituteParams(schema, params, id) as object);
    } catch (error) {
      if (error instanceof ParamError) throw error;
      throw new ParamError(`rule ${id}: "${part}" is not a valid JSON Schema: ${(error as Error).message}`);
    }
  };
  // A condition asked only yes or no: ajv compiles it all the same (its errors at load time are
  // unchanged), and a function that builds no error objects answers where it can.
  const condition = (schema: Record<string, unknown> | undefined): Condition | undefined => {
    const validate = compile(schema, 'applies');
    return validate && (booleanCondition(substituteParams(schema, params, id)) ?? validate);
  };
  const derive = Object.entries(definition.derive ?? {}).map(([name, d]) => {
    const fn = DERIVATIONS[d.function];
    if (!fn) throw new ParamError(`rule ${id}: unknown derive function "${d.function}" (expected one of: ${Object.keys(DERIVATIONS).join(', ')})`);
    return { name, fn, args: substituteParams(d.args ?? {}, params, id) as Record<string, unknown> };
  });
  const needs = (definition.needs ?? []).map((need) => {
    const paths = needPaths(need as Need);
    return { paths, segments: paths.map(parsePointer), when: typeof need === 'object' && !Array.isArray(need) ? condition(need.when) : undefined };
  });
  let decision: CompiledDecisionTable | undefined;
  if (definition.decision) {
    const problems = checkDecisionTable(definition.decision, definition.severity);
    if (problems.length > 0) throw new ParamError(`rule ${id}: the decision table is not sound:\n  - ${problems.join('\n  - ')}`);
    // A value is asked only yes or no, like `applies`.
    decision = compileDecisionTable(definition.decision, (schema) => condition(schema) as Condition);
  }
  const grounding = definition.basis
    .filter((b) => b.grounds !== false)
    .map((b) => ({ instrument: b.instrument, provision: b.provision, when: condition(b.groundsWhen) }));
  if (definition.basis.length > 0 && grounding.length === 0) throw new ParamError(`rule ${id}: no basis entry grounds the rule (every entry says grounds: false)`);
  const appliesBeforeDerive = derive.length > 0 && definition.applies !== undefined && appliesIgnoresDerived(substituteParams(definition.applies, params, id), derive.map((d) => d.name));
  const derivesForMessageOnly = appliesBeforeDerive && onlyTextReadsDerived(definition as unknown as Record<string, unknown>, derive.map((d) => d.name));
  const require = compile(definition.require, 'require');
  const requirePasses = require && booleanCondition(substituteParams(definition.require, params, id));
  return { definition, file, params, applies: condition(definition.applies), require, requirePasses, decision, derive, needs, appliesBeforeDerive, derivesForMessageOnly, grounding };
}

/** Keywords through which a schema applied to the item itself could see a property it does not name. */
const SEES_UNNAMED_PROPERTIES = new Set(['additionalProperties', 'unevaluatedProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentSchemas', 'const', 'enum']);
/** Keywords that can reach anywhere in the item (a relative pointer, a reference to another schema). */
const REACHES_ANYWHERE = new Set(['$data', '$ref', '$dynamicRef', '$recursiveRef']);
/** Keywords whose subschemas apply to the same value as the schema holding them. */
const SAME_VALUE = new Set(['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else']);

/** The parts of a rule that are text for people: what `derive` adds may be read there only when it is rendered. */
const TEXT_PARTS = new Set(['title', 'description', 'message', 'passMessage', 'manual', 'remediation', 'derive', 'params', 'basis']);

/** Whether no part of the rule but its texts names a derived value (conservative: any mention anywhere else counts). */
function onlyTextReadsDerived(definition: Record<string, unknown>, derivedNames: readonly string[]): boolean {
  for (const [part, value] of Object.entries(definition)) {
    if (TEXT_PARTS.has(part)) continue;
    const text = JSON.stringify(value) ?? '';
    if (derivedNames.some((name) => text.includes(name))) return false;
  }
  return true;
}

/**
 * Whether `applies` decides the same with or without the derived values (added at the item's top
 * level): it names none of them (as a key or in a string, anywhere), reaches nothing by reference
 * or relative pointer, and applies to the item itself no keyword that looks at properties it does
 * not name (additionalProperties, minProperties, a `const` of the whole item …). Conservative: any
 * doubt keeps deriving first.
 */
function appliesIgnoresDerived(applies: unknown, derivedNames: readonly string[]): boolean {
  const names = (text: string) => derivedNames.some((name) => text.includes(name));
  const ignores = (node: unknown, atItem: boolean): boolean => {
    if (typeof node === 'string') return !names(node);
    if (Array.isArray(node)) return node.every((x) => ignores(x, atItem));
    if (node === null || typeof node !== 'object') return true;
    for (const [key, value] of Object.entries(node)) {
      if (names(key) || REACHES_ANYWHERE.has(key) || (atItem && SEES_UNNAMED_PROPERTIES.has(key))) return false;
      if (!ignores(value, atItem && SAME_VALUE.has(key))) return false;
    }
    return true;
  };
  return ignores(applies, true);
}
