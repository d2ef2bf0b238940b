// Option parsing shared by commands: language, parameters, severities.
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/bilingual.js';
import { SEVERITIES, type Severity } from '../rules/rule-schema.js';
import { UsageError } from './cli-error.js';
import { localeLang, setCliLang } from './cli-lang.js';
import { projectLang } from './project-lang.js';

/**
 * The language of the run: `--lang`, else the project file's `lang:` (when `project` names where
 * to look), else the locale. Every message printed after it follows it too.
 */
export function parseLang(value: string | undefined, project?: { paths: readonly string[]; config?: string }): Lang {
  const lang = value ?? (project ? projectLang(project.paths, project.config) : undefined) ?? localeLang();
  if (lang !== 'zh' && lang !== 'en') throw new UsageError({ zh: `--lang 只能是 zh 或 en，而不是 "${lang}"`, en: `--lang must be zh or en, not "${lang}"` });
  setCliLang(lang);
  return lang;
}

export function parseFailOn(value: string): Severity | 'none' {
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | 'none';
  throw new UsageError({ zh: `--fail-on 只能是 ${SEVERITIES.join('、')}、none 之一（而不是 "${value}"）`, en: `--fail-on must be one of: ${SEVERITIES.join(', ')}, none (not "${value}")` });
}

/** `--severity critical,high`: the severities to show. */
export function parseSeverities(value: string): Set<Severity> {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = names.filter((n) => !(SEVERITIES as readonly string[]).includes(n));
  if (names.length === 0 || wrong.length > 0) throw new UsageError({ zh: `--severity 应为以逗号分隔的 ${SEVERITIES.join('、')}（而不是 "${value}"）`, en: `--severity takes a comma-separated list of ${SEVERITIES.join(', ')} (not "${value}")` });
  return new Set(names as Severity[]);
}

/** `--param RULE-ID.name=value` or `--param name=value`; the value is read as a YAML scalar. */
export function parseParams(values: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of values) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError({ zh: `--param 应为 name=value 或 RULE-ID.name=value，而不是 "${entry}"`, en: `--param expects name=value or RULE-ID.name=value, not "${entry}"` });
    out[entry.slice(0, eq)] = parseYaml(entry.slice(eq + 1)) as unknown;
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError({ zh: `--as-of 应为日期 YYYY-MM-DD，而不是 "${value}"`, en: `--as-of expects a date YYYY-MM-DD, not "${value}"` });
  return value;
}

/** A share in per cent, 0–100 (e.g. `--max-suppressed-share 30`). */
export function parsePercent(value: string): number {
  const n = Number(value.replace(/\s*%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError({ zh: `应为 0 到 100 之间的百分比，而不是 "${value}"`, en: `expected a per cent between 0 and 100, not "${value}"` });
  return n;
}
