// Message templates: `{role.id}` reads the item, `{param.maxDays}` a parameter, `{label}` the
// item's label; `{sensitiveCategories|categories}` names categories in the report language,
// and enumerated values (scope, consent kind, …) are named in it too, except in fields that hold
// the user's own words (ids, names, purposes); `{x|term}` forces the naming.
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

export function renderTemplate(template: string, ctx: TemplateContext): string {
  return template.replace(/\{([a-zA-Z0-9_.]+)(?:\|([a-z]+))?\}/g, (_match, path: string, filter: string | undefined) => {
    const value = lookup(path, ctx);
    if (filter === 'categories') return formatList(asList(value).map((c) => pick(ctx.taxonomy.get(String(c))?.name, ctx.lang) || String(c)), ctx.lang);
    if (filter === 'term' || (filter === undefined && isEnumeratedPath(path))) return formatValue(translateTerms(value, ctx.lang), ctx.lang);
    return formatValue(value, ctx.lang);
  });
}

function lookup(path: string, ctx: TemplateContext): unknown {
  if (path === 'label') return ctx.label;
  const [head, ...rest] = path.split('.');
  let value: unknown = head === 'param' ? ctx.params : ctx.data[head ?? ''];
  for (const segment of rest) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Enumerated values (scopes, kinds, consent types …) named in the report language. */
function translateTerms(value: unknown, lang: Lang): unknown {
  if (typeof value === 'string') return termName(value, lang);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? termName(v, lang) : v));
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
  return String(value);
}
