// The `{x|template}` filter renders rule text against the item: the bilingual wording a
// `textByValue` derivation chose by a value (PIPL-PROV-004's access facts, PIPL-PROV-001's "abroad").
// It must never reach a stated value: a name, a purpose or a note read from a scanned file would
// then be read as a template, its braces as placeholders (a supplier named "{flow.contract}" would
// print the contract). So a message may apply it only to a field a textByValue derivation of the
// same rule computes, and the texts that derivation chooses are rendered one level deep: a
// `|template` inside them is an error here, not a filter silently dropped.
import type { RuleDefinition } from './rule-schema.js';

const TEMPLATE_PLACEHOLDER = /\{([a-zA-Z0-9_.]+)\|template\}/g;

/** What is wrong with the rule's use of `|template` (empty when nothing is). */
export function templateFilterProblems(definition: RuleDefinition): string[] {
  const chosen = new Set(Object.entries(definition.derive ?? {}).filter(([, d]) => d.function === 'textByValue').map(([name]) => name));
  const problems: string[] = [];
  const texts: Array<[string, string | undefined]> = [];
  for (const key of ['message', 'passMessage'] as const) {
    const text = definition[key];
    if (text) texts.push([`${key}.zh`, text.zh], [`${key}.en`, text.en]);
  }
  for (const [where, text] of texts) {
    for (const m of (text ?? '').matchAll(TEMPLATE_PLACEHOLDER)) {
      const name = m[1] ?? '';
      if (!chosen.has(name)) problems.push(`${where}: "{${name}|template}" renders rule text a textByValue derivation of this rule chose; "${name}" is not one (a stated value is never rendered as a template)`);
    }
  }
  // The texts a textByValue derivation chooses are rendered one level deep.
  for (const [name, d] of Object.entries(definition.derive ?? {})) {
    if (d.function !== 'textByValue') continue;
    const args = (d.args ?? {}) as { cases?: Record<string, unknown>; default?: unknown };
    const choices: Array<[string, unknown]> = [...Object.entries(args.cases ?? {}).map(([value, text]) => [`cases.${value}`, text] as [string, unknown]), ['default', args.default]];
    for (const [where, text] of choices) {
      if (text === undefined || text === null) continue;
      for (const lang of ['zh', 'en'] as const) {
        const value = (text as Record<string, unknown>)[lang];
        if (typeof value !== 'string') problems.push(`derive.${name}.args.${where}: needs its ${lang} text (a textByValue choice is rule text in both languages)`);
        else if (/\|template\}/.test(value)) problems.push(`derive.${name}.args.${where}.${lang}: a chosen text is rendered one level deep and cannot apply |template itself`);
      }
    }
  }
  return problems;
}
