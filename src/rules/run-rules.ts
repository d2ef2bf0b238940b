// Runs compiled rules over an inventory's views. Views are built once and shared by every rule
// that selects them.
import type { Finding } from '../findings/finding.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { InventoryIndex } from '../views/inventory-index.js';
import { VIEWS, ViewCache } from '../views/registry.js';
import type { CompiledRule } from './compile-rule.js';
import { evaluateRule, type RuleCounts } from './evaluate-rule.js';

export interface RunResult {
  findings: Finding[];
  counts: Map<string, RuleCounts>;
  /** The joins the rules ran on, for later report-building steps (the reach matrix). */
  index: InventoryIndex;
}

export function runRules(
  inventory: Inventory,
  rules: readonly CompiledRule[],
  options: { taxonomy: Taxonomy; asOf: string; includePassed: boolean; onRule?: (done: number, total: number) => void },
): RunResult {
  const index = new InventoryIndex(inventory, options.taxonomy);
  const views = new ViewCache({ index, asOf: options.asOf });
  const findings: Finding[] = [];
  const counts = new Map<string, RuleCounts>();
  for (const [i, rule] of rules.entries()) {
    options.onRule?.(i, rules.length);
    const outcome = evaluateRule(rule, views.get(rule.definition.view), {
      provenance: inventory.provenance,
      taxonomy: index.taxonomy,
      includePassed: options.includePassed,
      statedBy: VIEWS.find((v) => v.name === rule.definition.view)?.statedBy,
    });
    for (const f of outcome.findings) findings.push(f);
    counts.set(rule.definition.id, outcome.counts);
  }
  return { findings, counts, index };
}
