// Whether a column's name or comment says it holds personal information, and of which category.
//
// English names are split into tokens (snake_case, kebab-case, camelCase, digits). A name is
// about its last word, as an English noun phrase is about its head: `recipient_phone` is a phone
// number, `mobile_app_version` is a version and `address_id` a reference to an address, neither
// PI by name. So a term counts only where it ends the name, or is followed only by words naming
// the form its value is kept in (`id_card_no`, `phone_encrypted`, `mobile2`); a name starting
// with a flag word (`is_mobile`, `has_face`) is a flag. `name` counts only after a word naming a
// person (`recipient_name`, not `product_name`), or alone in a table whose name says its rows are
// people. Chinese is head-final too: the last term in the text is its subject (`收件人电话` is a
// phone number), and only a value word may follow it (`手机号码`, not `手机型号`).
import {
  CHINESE_TERMS,
  CHINESE_VALUE_SUFFIXES,
  ENGLISH_TERMS,
  FLAG_PREFIXES,
  PERSON_TABLE_WORDS,
  PERSON_WORDS,
  VALUE_SUFFIXES,
  type EnglishTerm,
} from './column-terms.js';

export interface NameMatch {
  category: string;
  /** The words that decided it, as written in the name or comment. */
  term: string;
}

const CJK = /[\u3400-\u9fff]/;
const MAX_TERM_TOKENS = 4;

const TERMS_BY_JOINED = new Map<string, EnglishTerm>();
for (const term of ENGLISH_TERMS) {
  const joined = term.tokens.join('');
  if (!TERMS_BY_JOINED.has(joined)) TERMS_BY_JOINED.set(joined, term);
}

/** Splits an identifier into lower-case words: snake_case, kebab-case, camelCase, IDCard, phone2. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const part of name.split(/[^A-Za-z0-9]+/)) {
    if (part === '') continue;
    // camelCase and ACRONYMWord boundaries, and letter/digit boundaries.
    const words = part.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g) ?? [];
    for (const w of words) out.push(w.toLowerCase());
  }
  return out;
}

/** The category an English identifier or phrase names, if any; `tableName` decides a bare `name`. */
export function classifyEnglish(name: string, tableName = ''): NameMatch | undefined {
  const tokens = nameTokens(name);
  if (tokens.length === 0 || FLAG_PREFIXES.has(tokens[0] as string)) return undefined;
  for (let end = tokens.length; end > 0; end--) {
    let found: { term: EnglishTerm; start: number } | undefined;
    for (let length = Math.min(MAX_TERM_TOKENS, end); length >= 1 && !found; length--) {
      const term = TERMS_BY_JOINED.get(tokens.slice(end - length, end).join(''));
      if (term) found = { term, start: end - length };
    }
    if (found) {
      const before = tokens[found.start - 1];
      if (before !== undefined && found.term.notAfter?.includes(before)) return undefined;
      if (found.term.needsPerson) {
        const personBefore = before !== undefined && PERSON_WORDS.has(before);
        const alone = found.start === 0 && end === tokens.length && nameTokens(tableName).some((w) => PERSON_TABLE_WORDS.has(w));
        if (!personBefore && !alone) return undefined;
      }
      return { category: found.term.category, term: tokens.slice(before !== undefined && found.term.needsPerson ? found.start - 1 : found.start, end).join('_') };
    }
    const last = tokens[end - 1] as string;
    if (!VALUE_SUFFIXES.has(last) && !/^[0-9]+$/.test(last)) return undefined;
  }
  return undefined;
}

/** The category Chinese text names: its last term, followed by nothing but a value word. */
export function classifyChinese(text: string): NameMatch | undefined {
  let best: { term: string; category: string; end: number } | undefined;
  for (const [term, category] of CHINESE_TERMS) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (!best || end > best.end || (end === best.end && term.length > best.term.length)) best = { term, category, end };
    }
  }
  if (!best) return undefined;
  let rest = text.slice(best.end).trim();
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    for (const suffix of CHINESE_VALUE_SUFFIXES) {
      if (rest.startsWith(suffix)) {
        rest = rest.slice(suffix.length).trim();
        changed = true;
        break;
      }
    }
    if (/^[0-9_]/.test(rest)) {
      rest = rest.replace(/^[0-9_]+/, '');
      changed = true;
    }
  }
  if (rest !== '') return undefined;
  const before = text.slice(0, best.end - best.term.length);
  if (best.category === 'contact.address' && /(ip|mac|服务器|网关|邮件|邮箱|网络|网址)\s*$/i.test(before)) {
    return /ip\s*$/i.test(before) ? { category: 'device.ip', term: `IP${best.term}` } : undefined;
  }
  return { category: best.category, term: best.term };
}

/** A column name (English, Chinese or mixed). */
export function classifyColumnName(name: string, tableName = ''): NameMatch | undefined {
  if (CJK.test(name)) return classifyChinese(name) ?? classifyEnglish(name.replace(/[\u3400-\u9fff]+/g, '_'), tableName);
  return classifyEnglish(name, tableName);
}

/**
 * A column comment: its first phrase that names a category (a comment often reads
 * "收件人手机号，用于派送联系" or "Recipient phone number (encrypted)").
 */
export function classifyComment(comment: string): NameMatch | undefined {
  for (const segment of comment.split(/[，,。.;；:：、()（）[\]【】/|\n\t]+/)) {
    const text = segment.trim();
    if (text === '') continue;
    const match = CJK.test(text) ? classifyChinese(text) : classifyEnglish(text.replace(/\s+/g, '_'));
    if (match) return match;
  }
  return undefined;
}
