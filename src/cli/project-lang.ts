// The `lang:` a project file states (src/cli/cli-lang.ts says where it ranks: after --lang,
// before the locale).
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/bilingual.js';
import { findProjectFile } from '../project/project-file.js';

/**
 * The `lang:` of the project file the paths (or `--config`) name, when it states a valid one.
 * Read on its own, before the audit: a project file that cannot be read or parsed here says
 * nothing, and the project loader reports what is wrong with it.
 */
export function projectLang(paths: readonly string[], config: string | undefined, cwd: string = process.cwd()): Lang | undefined {
  let file: string | undefined;
  try {
    file = config !== undefined ? resolve(cwd, config) : findProjectFile([...paths], cwd);
    if (file === undefined || statSync(file).size > 1024 * 1024) return undefined;
    const data = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 0 }) as unknown;
    const lang = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).lang : undefined;
    return lang === 'zh' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}
