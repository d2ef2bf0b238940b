// Which rules evaluate a sub-item. A `guideline` framework lists them in the sub-item (and each
// rule names the same items in its `guideline:` metadata: a test keeps both sides equal); a
// framework mapped by `basis` takes every rule that cites one of the sub-item's provisions.
import type { Basis } from '../rules/rule-schema.js';
import type { Framework, FrameworkSubItem } from './framework-schema.js';

export function rulesOfSubItem(framework: Framework, sub: FrameworkSubItem, rules: ReadonlyArray<{ id: string; basis: readonly Basis[] }>): string[] {
  const listed = sub.rules ?? [];
  if (framework.mapping === 'guideline') return [...listed];
  const instrument = framework.mapping.basis;
  const cited = rules.filter((r) => r.basis.some((b) => b.instrument === instrument && (sub.provisions ?? []).some((p) => citesProvision(b.provision, p)))).map((r) => r.id);
  return [...new Set([...listed, ...cited])].sort();
}

/**
 * True when a basis provision ("§7.1", "8.1.4.2 c) (level 3 access control)", "8.1.4.1 c) and
 * 8.1.4.8") cites the clause `clause` ("7.1", "8.1.4.2") or one below it.
 */
export function citesProvision(provision: string, clause: string): boolean {
  const numbers = provision.match(/\d+(?:\.\d+)*/g) ?? [];
  return numbers.some((n) => n === clause || n.startsWith(`${clause}.`));
}
