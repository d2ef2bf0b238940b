// User-facing text comes in Chinese and English; code picks one by the report language.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Bilingual {
  zh: string;
  en: string;
}

export function pick(text: Bilingual | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] || text[lang === 'zh' ? 'en' : 'zh'] || '';
}
