// Message templates: `{role.id}` reads the item, `{param.maxDays}` a parameter, `{label}` the
// item's label; `{sensitiveCategories|categories}` names categories in the report language,
// and enumerated values (scope, consent kind, …) are named in it too, except in fields that hold
// the user's own words (ids, names, purposes); `{x|term}` forces the naming. `{x|template}` renders
// the rule's own bilingual text a `textByValue` derivation chose, against the same item (one level:
// it is never applied to stated values, so the user's own words are never read as a template).
import { pick, type Lang } from '../i18n/bilingual.js';
import { isEnumeratedPath, termName } from '../i18n/terms.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

export interface TemplateContext {
  data: Record<string, unknown>;
  params: Record<string, unknown>;
  label: string;
  lang: Lang;
  taxonomy: Taxonomy;
}

interface Placeholder {
  path: string;
  head: string;
  rest: string[];
  filter: string | undefined;
  /** Named in the report language (the `term` filter, or an enumerated field without a filter). */
  terms: boolean;
}
const compiledTemplates = new Map<string, Array<string | Placeholder>>();

/** A template split once into literal text and placeholders: templates are few, renders many. */
function partsOf(template: string): Array<string | Placeholder> {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/\{([a-zA-Z0-9_.]+)(?:\|([a-z]+))?\}/g)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const path = m[1] ?? '';
    const filter = m[2];
    const [head = '', ...rest] = path.split('.');
    parts.push({ path, head, rest, filter, terms: filter === 'term' || (filter === undefined && isEnumeratedPath(path)) });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (compiledTemplates.size < 10_000) compiledTemplates.set(template, parts);
  return parts;
}

export function renderTemplate(template: string, ctx: TemplateContext): string {
  let out = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = lookup(part, ctx);
    // null is "not stated" (an account whose roles its export cannot state), not "none".
    if (part.filter === 'template') {
      const text = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[ctx.lang] : undefined;
      if (typeof text === 'string') out += renderTemplate(text.replace(/\|template\}/g, '}'), ctx);
      continue;
    }
    if (part.filter === 'categories' && value === null) out += ctx.lang === 'zh' ? '未声明' : 'not stated';
    else if (part.filter === 'categories') out += formatList(asList(value).map((c) => pick(ctx.taxonomy.get(String(c))?.name, ctx.lang) || String(c)), ctx.lang);
    else if (part.terms) out += formatValue(translateTerms(value, ctx.lang, part.rest.at(-1) ?? part.head), ctx.lang);
    else out += formatValue(value, ctx.lang);
  }
  return out;
}

function lookup(part: Placeholder, ctx: TemplateContext): unknown {
  if (part.path === 'label') return ctx.label;
  let value: unknown = part.head === 'param' ? ctx.params : ctx.data[part.head];
  for (const segment of part.rest) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Enumerated values (scopes, kinds, consent types …) named in the report language, as the field holding them uses them. */
function translateTerms(value: unknown, lang: Lang, field: string): unknown {
  if (typeof value === 'string') return termName(value, lang, field);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? termName(v, lang, field) : v));
  return value;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function formatList(values: string[], lang: Lang): string {
  if (values.length === 0) return lang === 'zh' ? '无' : 'none';
  return values.join(lang === 'zh' ? '、' : ', ');
}

function formatValue(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return lang === 'zh' ? '未声明' : 'not stated';
  if (Array.isArray(value)) return formatList(value.map((v) => formatValue(v, lang)), lang);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    if (typeof record.name === 'string') return record.name;
    if (record.zh !== undefined || record.en !== undefined) return pick(record as Record<string, string>, lang);
    return Object.entries(record)
      .map(([k, v]) => `${k}=${formatValue(v, lang)}`)
      .join(lang === 'zh' ? '，' : ', ');
  }
  if (typeof value === 'number' && value >= Number.MAX_SAFE_INTEGER) return lang === 'zh' ? '从未' : 'never';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  // A computed quantity (a month as 30.416… days) is shown to one decimal place.
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Math.round(value * 10) / 10);
  return String(value);
}
