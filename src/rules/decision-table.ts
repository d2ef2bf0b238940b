// A decision table: the verdict of a control an auditor judges by a combination of facts (scope ×
// lookup key × masking × trigger × rate limit × logging), written as data in the rule. Each input
// classifies an item into one of a few named values by JSON Schema (the first value that matches;
// none matching means the input is not stated). Every combination of input values matches exactly
// one row — checked when the rule is compiled, so a table with a gap or an overlap never runs. An
// item whose inputs are all stated is decided by its row. When some are not stated, every value
// they could take is tried: if all lead to the same row, that row decides (it does not depend on
// them); otherwise the verdict is NOT_EVALUATED, naming the unstated inputs the candidate rows
// condition on — never a guessed FAIL or PASS.
import type { Condition } from '../schema/boolean-condition.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { SEVERITIES, type DecisionRow, type DecisionTable, type Severity } from './rule-schema.js';

/** The most combinations a table may span: every one is checked, and items are decided by lookup. */
export const MAX_COMBINATIONS = 65536;

export interface CompiledDecisionValue {
  id: string;
  title: Bilingual;
  when: Condition;
}

export interface CompiledDecisionInput {
  id: string;
  title: Bilingual;
  needs: readonly string[];
  values: readonly CompiledDecisionValue[];
}

export interface CompiledDecisionTable {
  inputs: readonly CompiledDecisionInput[];
  rows: readonly DecisionRow[];
  /** Per row and input: the indices of the values the row holds for. */
  allowed: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>;
  /** The row index of every combination, by mixed-radix index over the inputs' value indices. */
  rowOf: Int32Array;
  /** The place value of each input in a combination index. */
  strides: readonly number[];
}

/** A verdict: the row that decides, or the unstated inputs (indices) the verdict depends on. */
export type Decision = { row: number } | { unstated: number[] };

/**
 * What is wrong with a table: unknown or duplicate ids, a FAIL row without a severity, a rule
 * severity that is not its most severe row, and every combination of values no row or more than
 * one row matches (named by its values). Empty when the table is sound.
 */
export function checkDecisionTable(table: DecisionTable, ruleSeverity?: Severity): string[] {
  const problems: string[] = [];
  const inputIds = table.inputs.map((i) => i.id);
  for (const id of duplicates(inputIds)) problems.push(`input "${id}" is defined twice`);
  for (const input of table.inputs) {
    for (const id of duplicates(input.values.map((v) => v.id))) problems.push(`input "${input.id}": value "${id}" is defined twice`);
  }
  for (const id of duplicates(table.rows.map((r) => r.id))) problems.push(`row "${id}" is defined twice`);
  for (const row of table.rows) {
    for (const [inputId, values] of Object.entries(row.when ?? {})) {
      const input = table.inputs.find((i) => i.id === inputId);
      if (!input) {
        problems.push(`row "${row.id}": unknown input "${inputId}" (expected one of: ${inputIds.join(', ')})`);
        continue;
      }
      for (const value of typeof values === 'string' ? [values] : values) {
        if (!input.values.some((v) => v.id === value)) problems.push(`row "${row.id}": input "${inputId}" has no value "${value}" (expected one of: ${input.values.map((v) => v.id).join(', ')})`);
      }
    }
    if (row.result === 'FAIL' && row.severity === undefined) problems.push(`row "${row.id}": a FAIL row states its severity`);
    if (row.result !== 'FAIL' && row.severity !== undefined) problems.push(`row "${row.id}": only a FAIL row has a severity`);
  }
  const combinations = table.inputs.reduce((n, i) => n * i.values.length, 1);
  if (combinations > MAX_COMBINATIONS) problems.push(`the inputs span ${combinations} combinations (at most ${MAX_COMBINATIONS})`);
  if (problems.length > 0) return problems;
  if (ruleSeverity !== undefined) {
    const failing = table.rows.filter((r) => r.result === 'FAIL').map((r) => r.severity as Severity);
    const worst = failing.length === 0 ? undefined : SEVERITIES.find((s) => failing.includes(s));
    if (worst !== undefined && worst !== ruleSeverity) problems.push(`the rule's severity is ${ruleSeverity}, but its most severe FAIL row is ${worst} (they must be the same)`);
  }
  const allowed = allowedValues(table);
  const { strides } = layout(table);
  const gaps: string[] = [];
  const overlaps: string[] = [];
  for (let index = 0; index < combinations; index++) {
    const combination = combinationAt(index, strides, table.inputs.length);
    const matching = table.rows.filter((_, r) => combination.every((v, i) => allowed[r]?.[i]?.has(v)));
    if (matching.length === 0) gaps.push(describeCombination(table, combination));
    else if (matching.length > 1) overlaps.push(`${matching.map((r) => `"${r.id}"`).join(' and ')} both hold for ${describeCombination(table, combination)}`);
  }
  // A few examples of each, and how many there are: a table that is wrong is usually wrong often.
  if (gaps.length > 0) problems.push(`no row holds for ${gaps.length} combination(s), e.g. ${gaps.slice(0, 3).join('; ')}`);
  if (overlaps.length > 0) problems.push(`rows overlap on ${overlaps.length} combination(s), e.g. ${overlaps.slice(0, 3).join('; ')}`);
  return problems;
}

/** Compiles a table that `checkDecisionTable` found sound; `compile` compiles a value's condition. */
export function compileDecisionTable(table: DecisionTable, compile: (schema: Record<string, unknown>) => Condition): CompiledDecisionTable {
  const inputs = table.inputs.map((input) => ({
    id: input.id,
    title: input.title,
    needs: input.needs,
    values: input.values.map((v) => ({ id: v.id, title: v.title, when: compile(v.when) })),
  }));
  const allowed = allowedValues(table);
  const { strides, combinations } = layout(table);
  const rowOf = new Int32Array(combinations).fill(-1);
  for (let index = 0; index < combinations; index++) {
    const combination = combinationAt(index, strides, inputs.length);
    rowOf[index] = table.rows.findIndex((_, r) => combination.every((v, i) => allowed[r]?.[i]?.has(v)));
  }
  return { inputs, rows: table.rows, allowed, rowOf, strides };
}

/** The value index each input takes on an item (-1: no value matches, the input is not stated). */
export function classify(table: CompiledDecisionTable, data: unknown): number[] {
  return table.inputs.map((input) => input.values.findIndex((v) => v.when(data)));
}

/** The verdict on an item: its row, or the unstated inputs the verdict depends on. */
export function decide(table: CompiledDecisionTable, data: unknown): Decision {
  return decideValues(table, classify(table, data));
}

export function decideValues(table: CompiledDecisionTable, values: readonly number[]): Decision {
  const open = values.flatMap((v, i) => (v < 0 ? [i] : []));
  const base = values.reduce((sum, v, i) => sum + Math.max(v, 0) * (table.strides[i] ?? 0), 0);
  if (open.length === 0) return { row: table.rowOf[base] as number };
  // Every value the unstated inputs could take.
  const rows = new Set<number>();
  const sizes = open.map((i) => table.inputs[i]?.values.length ?? 1);
  const total = sizes.reduce((n, s) => n * s, 1);
  for (let k = 0; k < total; k++) {
    let index = base;
    let rest = k;
    for (const [j, i] of open.entries()) {
      const size = sizes[j] as number;
      index += (rest % size) * (table.strides[i] ?? 0);
      rest = Math.floor(rest / size);
    }
    rows.add(table.rowOf[index] as number);
  }
  if (rows.size === 1) return { row: [...rows][0] as number };
  // The rows it could be tell apart by some unstated input: name those the candidates condition on.
  const unstated = open.filter((i) => [...rows].some((r) => (table.allowed[r]?.[i]?.size ?? 0) < (table.inputs[i]?.values.length ?? 0)));
  return { unstated };
}

/** The inputs a row conditions on (holds for fewer than all of their values), by index. */
export function conditionedInputs(table: CompiledDecisionTable, row: number): number[] {
  return table.inputs.flatMap((input, i) => ((table.allowed[row]?.[i]?.size ?? 0) < input.values.length ? [i] : []));
}

function allowedValues(table: DecisionTable): Array<Array<Set<number>>> {
  return table.rows.map((row) =>
    table.inputs.map((input) => {
      const named = row.when?.[input.id];
      if (named === undefined) return new Set(input.values.map((_, v) => v));
      const ids = typeof named === 'string' ? [named] : named;
      return new Set(ids.map((id) => input.values.findIndex((v) => v.id === id)).filter((v) => v >= 0));
    }),
  );
}

function layout(table: DecisionTable): { strides: number[]; combinations: number } {
  const strides: number[] = [];
  let combinations = 1;
  for (const input of table.inputs) {
    strides.push(combinations);
    combinations *= input.values.length;
  }
  return { strides, combinations };
}

function combinationAt(index: number, strides: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const stride = strides[i] as number;
    out[i] = Math.floor(index / stride);
    index -= (out[i] as number) * stride;
  }
  return out;
}

function describeCombination(table: DecisionTable, combination: readonly number[]): string {
  return table.inputs.map((input, i) => `${input.id}=${input.values[combination[i] as number]?.id ?? '?'}`).join(', ');
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
