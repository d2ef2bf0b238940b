// A JSON Schema (sub)schema in words: its type ("list of string", "date") and the values it
// allows (enumerations, bounds, patterns, the keys of an object, each form of a union). Used by
// the generated manifest reference and by the errors for a value that matches none of a key's
// forms, so both name the forms the same way.
export type SchemaNode = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  additionalProperties?: boolean | SchemaNode;
  /** JSON Schema's own sample values (the manifest reference shows the first). */
  examples?: unknown[];
};

/** How a literal is quoted: `x` in Markdown, "x" in a terminal message. */
export type Quote = (text: string) => string;
export const markdownQuote: Quote = (t) => `\`${t}\``;
export const plainQuote: Quote = (t) => t;

export function typeName(s: SchemaNode): string {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeName))].join(' or ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return 'string';
  if (s.type === 'array') return `list of ${s.items ? typeName(s.items) : 'any'}`;
  if (s.type === 'object') return s.properties ? 'object' : 'map';
  if (s.type === 'string' && s.format === 'date') return 'date';
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'any';
}

export function allowedValues(s: SchemaNode, quote: Quote = markdownQuote): string {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.map((a) => allowedValues(a, quote)).filter((a) => a !== '').join('; or ');
  if (s.const !== undefined) return quote(JSON.stringify(s.const));
  if (s.enum) return s.enum.map((v) => quote(String(v))).join(', ');
  const parts: string[] = [];
  if (s.format === 'date') parts.push('YYYY-MM-DD');
  if (s.pattern) parts.push(`matches ${quote(s.pattern)}`);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined && s.minLength > 0) parts.push('not empty');
  if (s.type === 'array') {
    if (s.minItems) parts.push(`at least ${s.minItems}`);
    if (s.uniqueItems) parts.push('no duplicates');
    const inner = s.items ? allowedValues(s.items, quote) : '';
    if (inner) parts.push(`each: ${inner}`);
  }
  if (s.type === 'object' && s.properties) parts.push(`keys: ${Object.keys(s.properties).map(quote).join(', ')}`);
  return parts.join(', ');
}

/** Each form of a union, one by one: `string | object (keys: zh, en) | "none" (explicitly absent)`. */
export function formsText(s: SchemaNode): string {
  const alternatives = s.anyOf ?? s.oneOf ?? [s];
  return alternatives
    .map((form) => {
      const allowed = form.const !== undefined ? '' : allowedValues(form, plainQuote);
      return `${typeName(form)}${allowed ? ` (${allowed})` : ''}${form.description ? ` — ${form.description}` : ''}`;
    })
    .join(' | ');
}
