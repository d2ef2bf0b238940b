// The language of what the command line prints: `--lang` when given, else the project file's
// `lang:`, else the locale (LC_ALL, then LC_MESSAGES, then LANG: zh_* is Chinese), else English.
// Help and errors raised before a project is read follow the flag and the locale; once a command
// knows its project, everything after follows its `lang:` too.
import type { Bilingual, Lang } from '../i18n/bilingual.js';

let current: Lang = 'en';

/** The language messages are printed in now. */
export function cliLang(): Lang {
  return current;
}

export function setCliLang(lang: Lang): void {
  current = lang;
}

/** A bilingual message in the current language. */
export function say(text: Bilingual): string {
  return text[current];
}

/** The locale's language: LC_ALL, then LC_MESSAGES, then LANG (the first one set decides). */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** `--lang X` or `--lang=X` on the command line, as given (validated later). */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
