// A rule's JSON Schema condition (`applies`, `require`) in words, for `rules explain`: a compliance
// officer reads "scope is one of own, assigned; and masked has at least 1 item", never the schema.
// Paths are the view's field names (dot-joined); a `$param` value names the parameter and its value.
import type { Lang } from '../i18n/bilingual.js';

type Node = Record<string, unknown>;

export interface ConditionContext {
  lang: Lang;
  /** The rule's parameters with the values in use (defaults), for `$param` references. */
  params: Record<string, unknown>;
}

export function conditionText(schema: unknown, context: ConditionContext): string {
  const text = clauses(schema, '', context).join(context.lang === 'zh' ? '；并且 ' : '; and ');
  return text || (context.lang === 'zh' ? '（无条件）' : '(no condition)');
}

function value(v: unknown, c: ConditionContext): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const n = v as Node;
    if (typeof n.$param === 'string') return c.lang === 'zh' ? `参数 ${n.$param}（${JSON.stringify(c.params[n.$param] ?? null)}）` : `parameter ${n.$param} (${JSON.stringify(c.params[n.$param] ?? null)})`;
    if (typeof n.$data === 'string') return c.lang === 'zh' ? `${n.$data} 的值` : `the value of ${n.$data}`;
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** "1 item", "3 items", or a parameter's name and value followed by "item(s)" (its value can change). */
function itemCount(v: unknown, c: ConditionContext): string {
  return typeof v === 'number' ? `${v} ${v === 1 ? 'item' : 'items'}` : `${value(v, c)} item(s)`;
}

const TYPE_ZH: Record<string, string> = { integer: '整数', number: '数字', string: '字符串', boolean: '布尔值', array: '列表', object: '对象', null: '空值' };

function clauses(schema: unknown, path: string, c: ConditionContext): string[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [c.lang === 'zh' ? '永不满足' : 'never'];
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as Node;
  const zh = c.lang === 'zh';
  const subject = path || (zh ? '该项' : 'the item');
  const out: string[] = [];
  const sub = (x: unknown, p = path) => {
    const parts = clauses(x, p, c);
    return parts.length > 1 ? `（${parts.join(zh ? '，并且 ' : ', and ')}）`.replace('（', zh ? '（' : '(').replace(/）$/, zh ? '）' : ')') : (parts[0] ?? (zh ? '（无条件）' : '(no condition)'));
  };
  if (Array.isArray(s.required)) for (const key of s.required as string[]) out.push(zh ? `${join(path, key)} 已说明` : `${join(path, key)} is stated`);
  if (s.properties && typeof s.properties === 'object') for (const [key, inner] of Object.entries(s.properties as Node)) out.push(...clauses(inner, join(path, key), c));
  if ('const' in s) out.push(zh ? `${subject} 为 ${value(s.const, c)}` : `${subject} is ${value(s.const, c)}`);
  if (Array.isArray(s.enum)) out.push(zh ? `${subject} 为 ${(s.enum as unknown[]).map((v) => value(v, c)).join('、')} 之一` : `${subject} is one of ${(s.enum as unknown[]).map((v) => value(v, c)).join(', ')}`);
  if (typeof s.type === 'string') out.push(zh ? `${subject} 为${TYPE_ZH[s.type] ?? s.type}` : `${subject} is ${/^[aeiou]/.test(s.type) ? 'an' : 'a'} ${s.type}`);
  const bounds: Array<[string, string, string]> = [
    ['minimum', '≥', '≥'],
    ['exclusiveMinimum', '>', '>'],
    ['maximum', '≤', '≤'],
    ['exclusiveMaximum', '<', '<'],
  ];
  for (const [key, sign] of bounds) if (key in s) out.push(`${subject} ${sign} ${value(s[key], c)}`);
  if ('minItems' in s) out.push(zh ? `${subject} 至少有 ${value(s.minItems, c)} 项` : `${subject} has at least ${itemCount(s.minItems, c)}`);
  if ('maxItems' in s) out.push(s.maxItems === 0 ? (zh ? `${subject} 为空` : `${subject} is empty`) : zh ? `${subject} 至多有 ${value(s.maxItems, c)} 项` : `${subject} has at most ${itemCount(s.maxItems, c)}`);
  if ('minLength' in s) out.push(zh ? `${subject} 不为空` : `${subject} is not empty`);
  if (typeof s.pattern === 'string') out.push(zh ? `${subject} 符合模式 ${s.pattern}` : `${subject} matches ${s.pattern}`);
  if ('contains' in s) out.push(zh ? `${subject} 中至少有一项满足：${sub(s.contains, '')}` : `some element of ${subject} satisfies: ${sub(s.contains, '')}`);
  if (s.items !== undefined) out.push(zh ? `${subject} 中每一项满足：${sub(s.items, '')}` : `every element of ${subject} satisfies: ${sub(s.items, '')}`);
  if ('not' in s) out.push(isEmptySchema(s.not) ? (zh ? '永不满足' : 'never') : zh ? `并非 ${sub(s.not)}` : `not ${sub(s.not)}`);
  if (Array.isArray(s.anyOf)) out.push(zh ? `满足以下任一：${(s.anyOf as unknown[]).map((x) => sub(x)).join('；或 ')}` : `any of: ${(s.anyOf as unknown[]).map((x) => sub(x)).join('; or ')}`);
  if (Array.isArray(s.allOf)) for (const x of s.allOf as unknown[]) out.push(...clauses(x, path, c));
  if ('if' in s) {
    const then = 'then' in s ? sub(s.then) : zh ? '（无条件）' : '(no condition)';
    const otherwise = 'else' in s ? sub(s.else) : undefined;
    out.push(zh ? `如果 ${sub(s.if)}，则 ${then}${otherwise ? `；否则 ${otherwise}` : ''}` : `if ${sub(s.if)}, then ${then}${otherwise ? `; otherwise ${otherwise}` : ''}`);
  }
  if ('$switch' in s || 'cases' in s) {
    const sw = s.$switch as Node | undefined;
    const param = typeof sw?.param === 'string' ? sw.param : typeof s.param === 'string' ? s.param : '';
    const cases = (sw?.cases ?? s.cases ?? {}) as Node;
    out.push(
      zh
        ? `按参数 ${param}（${JSON.stringify(c.params[param] ?? null)}）：${Object.entries(cases).map(([k, x]) => `${k} 时${isEmptySchema(x) ? '总是' : sub(x)}`).join('；')}`
        : `by parameter ${param} (${JSON.stringify(c.params[param] ?? null)}): ${Object.entries(cases).map(([k, x]) => `${k}: ${isEmptySchema(x) ? 'always' : sub(x)}`).join('; ')}`,
    );
  }
  return out;
}

/** `{}` (or `true`): a schema every item satisfies. */
function isEmptySchema(x: unknown): boolean {
  return x === true || (x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
