// A rule's `aspectOf` checked against the packs in use: the broader rule exists, judges the same
// view (so "the same item" means the same thing), is not itself an aspect of another (one level:
// a finding never hides inside a finding that is folded away), and has every row named.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { AspectLink, RuleDefinition } from './rule-schema.js';

export function aspectLinkProblems(rules: ReadonlyArray<{ definition: RuleDefinition; file: string }>): Diagnostic[] {
  const byId = new Map(rules.map((r) => [r.definition.id, r.definition]));
  const problems: Diagnostic[] = [];
  for (const { definition, file } of rules) {
    for (const [i, link] of (definition.aspectOf ?? []).entries()) {
      const problem = linkProblem(definition, link, byId.get(link.rule));
      if (problem) problems.push({ severity: 'error', file, pointer: `/aspectOf/${i}`, message: problem.message, expected: problem.expected });
    }
  }
  return problems;
}

function linkProblem(rule: RuleDefinition, link: AspectLink, broader: RuleDefinition | undefined): { message: string; expected: string } | undefined {
  if (link.rule === rule.id) return { message: `rule ${rule.id} names itself as the rule it is an aspect of`, expected: 'another rule' };
  if (!broader) return { message: `aspectOf names rule "${link.rule}", which is not in the packs in use`, expected: 'a rule id of the packs in use' };
  if (broader.view !== rule.view) return { message: `aspectOf names ${link.rule}, which judges the ${broader.view} view, not ${rule.view}`, expected: 'a rule on the same view (the same item)' };
  if (broader.aspectOf) return { message: `aspectOf names ${link.rule}, which is itself an aspect of another rule`, expected: 'a rule that is not an aspect (one level only)' };
  if (link.rows) {
    const table = broader.decision;
    if (!table) return { message: `aspectOf names rows of ${link.rule}, which has no decision table`, expected: 'no rows, or a rule with a decision table' };
    const unknown = link.rows.filter((r) => !table.rows.some((row) => row.id === r));
    if (unknown.length > 0) return { message: `aspectOf names rows ${unknown.join(', ')} that ${link.rule} does not have`, expected: `rows of ${link.rule}: ${table.rows.map((r) => r.id).join(', ')}` };
    const notFail = link.rows.filter((r) => table.rows.find((row) => row.id === r)?.result !== 'FAIL');
    if (notFail.length > 0) return { message: `aspectOf names rows ${notFail.join(', ')} of ${link.rule} that do not FAIL`, expected: 'FAIL rows only' };
  }
  return undefined;
}
