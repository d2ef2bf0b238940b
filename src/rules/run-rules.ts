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
  // How many rules still to run select each view: a view is let go after its last rule (a
  // national inventory's account and device views are hundreds of thousands of items).
  const usesLeft = new Map<string, number>();
  for (const rule of rules) usesLeft.set(rule.definition.view, (usesLeft.get(rule.definition.view) ?? 0) + 1);
  for (const [i, rule] of rules.entries()) {
    options.onRule?.(i, rules.length);
    const view = rule.definition.view;
    const outcome = evaluateRule(rule, views.get(view), {
      provenance: inventory.provenance,
      taxonomy: index.taxonomy,
      includePassed: options.includePassed,
      statedBy: VIEWS.find((v) => v.name === view)?.statedBy,
    });
    for (const f of outcome.findings) findings.push(f);
    counts.set(rule.definition.id, outcome.counts);
    const left = (usesLeft.get(view) ?? 1) - 1;
    usesLeft.set(view, left);
    if (left === 0) views.release(view);
  }
  return { findings, counts, index };
}
