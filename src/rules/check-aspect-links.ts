// A rule's `aspectOf` checked against the packs in use: the broader rule exists, judges the same
// view (so "the same item" means the same thing) or, for `on: system`, the system as a whole, its
// links lead to no cycle (a chain is allowed: the fold follows it to the finding that stays, so a
// finding never hides inside one that is folded away), and has every row named.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { AspectLink, RuleDefinition } from './rule-schema.js';

export function aspectLinkProblems(rules: ReadonlyArray<{ definition: RuleDefinition; file: string }>): Diagnostic[] {
  const byId = new Map(rules.map((r) => [r.definition.id, r.definition]));
  const problems: Diagnostic[] = [];
  for (const { definition, file } of rules) {
    for (const [i, link] of (definition.aspectOf ?? []).entries()) {
      const problem = linkProblem(definition, link, byId.get(link.rule)) ?? cycleProblem(definition.id, link.rule, byId);
      if (problem) problems.push({ severity: 'error', file, pointer: `/aspectOf/${i}`, message: problem.message, expected: problem.expected });
    }
  }
  return problems;
}

function linkProblem(rule: RuleDefinition, link: AspectLink, broader: RuleDefinition | undefined): { message: string; expected: string } | undefined {
  if (link.rule === rule.id) return { message: `rule ${rule.id} names itself as the rule it is an aspect of`, expected: 'another rule' };
  if (!broader) return { message: `aspectOf names rule "${link.rule}", which is not in the packs in use`, expected: 'a rule id of the packs in use' };
  if (link.on === 'system') {
    if (broader.view !== 'system') return { message: `aspectOf names ${link.rule} on the system, but it judges the ${broader.view} view`, expected: 'a rule on the system view (on: system)' };
  } else if (link.via !== undefined) {
    if (broader.view === rule.view) return { message: `aspectOf names ${link.rule} via ${link.via}, but it judges the same view (${rule.view})`, expected: 'no via for a rule on the same item' };
  } else if (broader.view !== rule.view) return { message: `aspectOf names ${link.rule}, which judges the ${broader.view} view, not ${rule.view}`, expected: 'a rule on the same view (the same item)' };
  if (link.rows) {
    const table = broader.decision;
    if (!table) return { message: `aspectOf names rows of ${link.rule}, which has no decision table`, expected: 'no rows, or a rule with a decision table' };
    const unknown = link.rows.filter((r) => !table.rows.some((row) => row.id === r));
    if (unknown.length > 0) return { message: `aspectOf names rows ${unknown.join(', ')} that ${link.rule} does not have`, expected: `rows of ${link.rule}: ${table.rows.map((r) => r.id).join(', ')}` };
    const notFail = link.rows.filter((r) => table.rows.find((row) => row.id === r)?.result !== 'FAIL');
    if (notFail.length > 0) return { message: `aspectOf names rows ${notFail.join(', ')} of ${link.rule} that do not FAIL`, expected: 'FAIL rows only' };
  }
  if (link.fromRows) {
    const own = rule.decision;
    if (!own) return { message: `aspectOf names fromRows, but ${rule.id} has no decision table`, expected: 'no fromRows, or a rule with a decision table' };
    const unknown = link.fromRows.filter((r) => own.rows.find((row) => row.id === r)?.result !== 'FAIL');
    if (unknown.length > 0) return { message: `aspectOf names fromRows ${unknown.join(', ')} that are not FAIL rows of ${rule.id}`, expected: `FAIL rows of ${rule.id}: ${own.rows.filter((r) => r.result === 'FAIL').map((r) => r.id).join(', ')}` };
  }
  return undefined;
}

/** A chain of links that leads back to the rule: the fold would have no finding to keep. */
function cycleProblem(ruleId: string, first: string, byId: ReadonlyMap<string, RuleDefinition>): { message: string; expected: string } | undefined {
  const seen = new Set<string>([ruleId]);
  const queue = [first];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === ruleId) return { message: `aspectOf names ${first}, whose own aspect links lead back to ${ruleId}`, expected: 'links without a cycle' };
    if (seen.has(id)) continue;
    seen.add(id);
    for (const link of byId.get(id)?.aspectOf ?? []) queue.push(link.rule);
  }
  return undefined;
}
