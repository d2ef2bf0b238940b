// Turns ajv's errors into diagnostics a person can act on: the JSON pointer, what is wrong, and
// what was expected there. Alternatives (anyOf/oneOf) are reported once, not branch by branch,
// naming every allowed form.
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../inventory/diagnostic.js';
import { closestName } from './closest-name.js';
import { formsText, type SchemaNode } from './schema-forms.js';

export interface SchemaProblem {
  pointer: string;
  message: string;
  expected?: string;
}

export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const insideAlternative = (e: ErrorObject) =>
    alternatives.some((a) => a !== e && e.schemaPath.startsWith(a.schemaPath.replace(/\/(anyOf|oneOf)$/, '') + '/') && e.instancePath.startsWith(a.instancePath));
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && insideAlternative(e)) continue;
    const problem = describe(e);
    const id = `${problem.pointer}\0${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out;
}

function describe(e: ErrorObject): SchemaProblem {
  const params = e.params as Record<string, unknown>;
  const schema = e.parentSchema as SchemaNode | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {});
      const guess = closestName(key, allowed);
      return {
        pointer: `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        expected: `one of: ${allowed.join(', ')}`,
      };
    }
    case 'required':
      return { pointer: e.instancePath, message: `missing required key "${String(params.missingProperty)}"` };
    case 'type':
      return { pointer: e.instancePath, message: 'wrong type', expected: `${String(params.type)}${schema?.description ? ` — ${schema.description}` : ''}` };
    case 'enum':
      return { pointer: e.instancePath, message: 'value not allowed', expected: `one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { pointer: e.instancePath, message: 'value not allowed', expected: JSON.stringify(params.allowedValue) };
    case 'anyOf':
    case 'oneOf':
      return { pointer: e.instancePath, message: 'value matches none of the allowed forms', expected: `${schema?.description ? `${schema.description}: ` : ''}one of ${formsText(schema ?? {})}` };
    case 'pattern':
    case 'format':
      return { pointer: e.instancePath, message: `value is not a valid ${e.keyword === 'format' ? String(params.format) : 'value'}`, expected: schema?.description ?? String(params.pattern ?? params.format) };
    default:
      return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}`, ...(schema?.description ? { expected: schema.description } : {}) };
  }
}

export function problemsToDiagnostics(file: string, problems: SchemaProblem[], locate: (pointers: string[]) => Map<string, { line: number; column: number }>): Diagnostic[] {
  const positions = locate(problems.map((p) => p.pointer));
  return problems.map((p) => ({
    severity: 'error' as const,
    file,
    ...(positions.get(p.pointer) ?? {}),
    pointer: p.pointer,
    message: p.message,
    ...(p.expected ? { expected: p.expected } : {}),
  }));
}
