// Turns ajv's errors into diagnostics a person can act on: the JSON pointer, what is wrong, and
// what was expected there. Alternatives (anyOf/oneOf) are reported once, not branch by branch,
// naming every allowed form.
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../inventory/diagnostic.js';
import { closestName } from './closest-name.js';
import { formsText, typeName, type SchemaNode } from './schema-forms.js';

export interface SchemaProblem {
  pointer: string;
  message: string;
  expected?: string;
  messageZh?: string;
  expectedZh?: string;
}

export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const insideAlternative = (e: ErrorObject) =>
    alternatives.some((a) => a !== e && e.schemaPath.startsWith(a.schemaPath.replace(/\/(anyOf|oneOf)$/, '') + '/') && e.instancePath.startsWith(a.instancePath));
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && insideAlternative(e)) continue;
    const problem = { ...describe(e), ...describeZh(e) };
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

/** The same problem in Chinese (schema descriptions are English, so the Chinese names the type and the allowed values only). */
function describeZh(e: ErrorObject): { messageZh: string; expectedZh?: string } {
  const params = e.params as Record<string, unknown>;
  const schema = e.parentSchema as SchemaNode | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {});
      const guess = closestName(key, allowed);
      return { messageZh: `未知的键 "${key}"${guess ? `（是否应为 "${guess}"？）` : ''}`, expectedZh: `以下之一：${allowed.join('、')}` };
    }
    case 'required':
      return { messageZh: `缺少必需的键 "${String(params.missingProperty)}"` };
    case 'type':
      return { messageZh: '类型错误', expectedZh: typeNameZh(String(params.type)) };
    case 'enum':
      return { messageZh: '不允许的值', expectedZh: `以下之一：${(params.allowedValues as unknown[]).map(String).join('、')}` };
    case 'const':
      return { messageZh: '不允许的值', expectedZh: JSON.stringify(params.allowedValue) };
    case 'anyOf':
    case 'oneOf':
      return { messageZh: '值不符合任何一种允许的形式', expectedZh: `以下形式之一：${[...new Set((schema?.anyOf ?? schema?.oneOf ?? []).map((s) => typeNameZh(typeName(s))))].join('、')}` };
    case 'pattern':
    case 'format':
      return { messageZh: e.keyword === 'format' && params.format === 'date' ? '不是有效的日期' : '值的格式不正确', expectedZh: e.keyword === 'format' && params.format === 'date' ? 'YYYY-MM-DD' : String(params.pattern ?? params.format) };
    case 'minimum':
    case 'exclusiveMinimum':
      return { messageZh: '值太小', expectedZh: `${e.keyword === 'minimum' ? '≥' : '>'} ${String(params.limit)}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { messageZh: '值太大', expectedZh: `${e.keyword === 'maximum' ? '≤' : '<'} ${String(params.limit)}` };
    case 'minItems':
      return { messageZh: '列表项太少', expectedZh: `至少 ${String(params.limit)} 项` };
    case 'minLength':
      return { messageZh: '不能为空' };
    case 'uniqueItems':
      return { messageZh: '列表中有重复项' };
    default:
      return { messageZh: `不符合 ${e.keyword} 约束` };
  }
}

/** A JSON Schema type name (as typeName() writes it) in Chinese. */
function typeNameZh(name: string): string {
  const words: Record<string, string> = { string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', object: '对象', map: '映射', array: '列表', null: 'null', date: '日期', any: '任意值' };
  if (name.startsWith('list of ')) return `${typeNameZh(name.slice('list of '.length))}列表`;
  return name
    .split(/ or |,/)
    .map((part) => words[part.trim()] ?? part.trim())
    .join('或');
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
    ...(p.messageZh !== undefined ? { messageZh: p.messageZh } : {}),
    ...(p.expectedZh !== undefined ? { expectedZh: p.expectedZh } : {}),
  }));
}
