// User-facing text comes in Chinese and English; code picks one by the report language.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Bilingual {
  zh: string;
  en: string;
}

/** The text in the wanted language, falling back to the other one when it is missing. */
export function pick(text: Partial<Bilingual> | Record<string, string> | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other = lang === 'zh' ? 'en' : 'zh';
  return text[lang] || text[other] || '';
}
