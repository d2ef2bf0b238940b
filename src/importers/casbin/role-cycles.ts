// Cyclic role chains (`g, a, b` and `g, b, a`). casbin does not reject them: its role manager
// stops after ten levels, so a cycle silently gives every member of it every role in it. An
// import cannot say what such a policy means, so a cycle is an input error naming its lines.
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { PolicyRule } from './policy-lines.js';
import { appendAll } from '../../collections/append-all.js';

/** One diagnostic per cycle, per role type and domain; iterative, linear in the g lines. */
export function findRoleCycles(rules: readonly PolicyRule[]): Diagnostic[] {
  // Edges member → role, per role type (g, g2 …) and domain (the third value, if any).
  const graphs = new Map<string, Map<string, PolicyRule[]>>();
  for (const rule of rules) {
    if (!rule.ptype.startsWith('g') || rule.values.length < 2) continue;
    const graphKey = `${rule.ptype}\0${rule.values[2] ?? ''}`;
    let graph = graphs.get(graphKey);
    if (!graph) graphs.set(graphKey, (graph = new Map()));
    const from = rule.values[0] ?? '';
    const list = graph.get(from);
    if (list) list.push(rule);
    else graph.set(from, [rule]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const graph of graphs.values()) appendAll(diagnostics, cyclesIn(graph));
  return diagnostics;
}

function cyclesIn(graph: Map<string, PolicyRule[]>): Diagnostic[] {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const found: Diagnostic[] = [];
  for (const start of [...graph.keys()].sort()) {
    if (state.has(start)) continue;
    // The path of edges taken from `start`, with where each node's edge list stands.
    const path: Array<{ node: string; via?: PolicyRule; next: number }> = [{ node: start, next: 0 }];
    state.set(start, 1);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.next >= edges.length) {
        state.set(top.node, 2);
        path.pop();
        continue;
      }
      const edge = edges[top.next++]!;
      const to = edge.values[1] ?? '';
      const seen = state.get(to);
      if (seen === 1) {
        const from = path.findIndex((p) => p.node === to);
        const chain = [...path.slice(from + 1).map((p) => p.via!), edge];
        const names = [...chain.map((r) => r.values[0]), to].join(' → ');
        const lines = chain.map((r) => r.line).join(', ');
        const domain = edge.values[2] !== undefined ? ` in domain "${edge.values[2]}"` : '';
        found.push({ severity: 'error', file: edge.file, line: edge.line, message: `cyclic role chain${domain}: ${names} (${edge.ptype} lines ${lines})`, expected: 'role inheritance without cycles (casbin would stop after 10 levels and give every member of the cycle every role in it)' });
      } else if (seen === undefined) {
        state.set(to, 1);
        path.push({ node: to, via: edge, next: 0 });
      }
    }
  }
  return found;
}
