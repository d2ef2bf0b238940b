// Runs compiled rules over an inventory's views. Views are built once and shared by every rule
// that selects them.
import type { Finding } from '../findings/finding.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { InventoryIndex } from '../views/inventory-index.js';
import { VIEWS, ViewCache } from '../views/registry.js';
import type { CompiledRule } from './compile-rule.js';
import { ruleEvaluation, type RuleCounts, type RuleEvaluation, type RuleOutcome } from './evaluate-rule.js';

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
  // The rules of each view, in the order they come; views in the order their first rule comes.
  const byView = new Map<string, Array<{ rule: CompiledRule; at: number }>>();
  for (const [at, rule] of rules.entries()) {
    const view = rule.definition.view;
    let list = byView.get(view);
    if (!list) byView.set(view, (list = []));
    list.push({ rule, at });
  }
  const outcomes = new Array<RuleOutcome>(rules.length);
  let done = 0;
  for (const [view, list] of byView) {
    options.onRule?.(done, rules.length);
    const items = views.get(view);
    const evaluateOptions = {
      provenance: inventory.provenance,
      taxonomy: index.taxonomy,
      includePassed: options.includePassed,
      statedBy: VIEWS.find((v) => v.name === view)?.statedBy,
      asOf: options.asOf,
    };
    const evaluations = list.map(({ rule }) => ruleEvaluation(rule, evaluateOptions));
    // Every rule of the view over one block of items before the next block: a block is read from
    // memory once for all the view's rules (a national inventory's account view is 300,000 items,
    // selected by twenty rules). Each rule still sees every item in order, so its outcome is the
    // one evaluateRule gives over the whole view.
    for (let from = 0; from < items.length; from += BLOCK) {
      const to = Math.min(from + BLOCK, items.length);
      for (const evaluation of evaluations) evaluation.add(items, from, to);
    }
    list.forEach(({ at }, i) => (outcomes[at] = (evaluations[i] as RuleEvaluation).finish()));
    done += list.length;
    // No rule left selects the view: a national inventory's account and device views are let go.
    views.release(view);
  }
  // Findings and counts in the rules' order, as when each rule ran over its view in turn.
  const findings: Finding[] = [];
  const counts = new Map<string, RuleCounts>();
  for (const [at, rule] of rules.entries()) {
    const outcome = outcomes[at] as RuleOutcome;
    for (const f of outcome.findings) findings.push(f);
    counts.set(rule.definition.id, outcome.counts);
  }
  return { findings, counts, index };
}

/** Items per block: a block's items and what they point to stay in the processor's caches across the view's rules. */
const BLOCK = 256;
