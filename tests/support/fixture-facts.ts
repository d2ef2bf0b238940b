// Helpers for the tests that delete or state a fact in a rule's fixture manifest and judge the
// verdict again (tests/rule-needs.test.ts, tests/rule-applies-needs.test.ts).
import { InputError } from '../../src/inventory/diagnostic.js';
import type { Finding } from '../../src/findings/finding.js';
import type { LoadedRule } from '../../src/rules/load-rule-pack.js';
import { readPath } from '../../src/rules/item-path.js';
import { fixtureDocument, fixtureManifest, runFixtureManifest } from '../../src/rules/run-fixtures.js';
import { escapeSegment, pathSegments } from '../../src/sources/json-pointer.js';
import type { Taxonomy } from '../../src/taxonomy/taxonomy.js';

/**
 * The manifest places (JSON pointers into the fixture manifest) that state a view field of one
 * item: an item path through an entity that came from the manifest (`/interface/masked`, with `*`
 * for every element of a list), or `manifest:/section` for a whole section.
 */
export function manifestPlaces(itemData: Record<string, unknown>, factPaths: readonly string[], placeOf: (value: unknown) => string | undefined): string[] {
  const places: string[] = [];
  const visit = (value: unknown, segments: readonly string[], pointer: string | undefined, rest: string[]) => {
    if (segments.length === 0) {
      if (pointer !== undefined) places.push(pointer + rest.map((s) => '/' + escapeSegment(s)).join(''));
      return;
    }
    const [head, ...tail] = segments as [string, ...string[]];
    if (value === null || typeof value !== 'object') return;
    const children: unknown[] = head === '*' ? (Array.isArray(value) ? value : []) : [(value as Record<string, unknown>)[head]];
    for (const [i, child] of children.entries()) {
      const key = head === '*' ? String(i) : head;
      // The deepest value on the path that came from the manifest, then the rest of the path below it.
      const here = tail.length > 0 ? placeOf(child) : undefined;
      if (here !== undefined) visit(child, tail, here, []);
      else visit(child, tail, pointer, [...rest, key]);
    }
  };
  for (const fact of factPaths) {
    if (fact.startsWith('manifest:')) places.push(fact.slice('manifest:'.length));
    else visit(itemData, pathSegments(fact), undefined, []);
  }
  return places;
}

/** A copy of `data` with `change` applied to the object holding the pointer's last segment (when there is one). */
function changedAt(data: Record<string, unknown>, pointer: string, change: (parent: Record<string, unknown>, key: string) => void): Record<string, unknown> {
  const copy = structuredClone(data);
  const segments = pathSegments(pointer);
  let parent: unknown = copy;
  for (const s of segments.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string, unknown>)[s];
  }
  if (parent !== null && typeof parent === 'object') change(parent as Record<string, unknown>, segments[segments.length - 1] as string);
  return copy;
}

function deleteAt(data: Record<string, unknown>, pointer: string): Record<string, unknown> {
  return changedAt(data, pointer, (parent, key) => {
    delete parent[key];
  });
}

export function deleteAll(data: Record<string, unknown>, pointers: readonly string[]): Record<string, unknown> {
  return pointers.reduce(deleteAt, data);
}

export function setAt(data: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  return changedAt(data, pointer, (parent, key) => {
    parent[key] = structuredClone(value);
  });
}

/** Every verdict on an item: a finding on one item as it is, a grouped finding as one verdict per member (keyed by the member). */
export function memberVerdicts(findings: readonly Finding[]): Finding[] {
  return findings.flatMap((f) => (f.members ? f.members.items.map((m) => ({ ...f, target: { key: m.key, label: m.label } })) : [f]));
}

/**
 * The verdicts a fixture case expects, one per item: its findings of the expected status on the
 * case's target (every finding when it names none) — a target being an item, or the cause of a
 * grouped finding (`role=ID`), whose members are then all judged — split into one verdict per member.
 */
export function judgedVerdicts(findings: readonly Finding[], status: Finding['status'], target: string | undefined): Finding[] {
  return findings
    .filter((f) => f.status === status)
    .flatMap((f) => {
      const members = memberVerdicts([f]);
      if (target === undefined || f.target.key === target) return members;
      return members.filter((m) => m.target.key === target);
    });
}

/** The values an item path takes on the items of every fixture case of a rule (with both booleans when one is seen). */
export function fixtureValues(rule: LoadedRule, taxonomy: Taxonomy, path: string): unknown[] {
  const fixtures = rule.loadFixtures();
  const seen = new Map<string, unknown>();
  for (const kind of ['fail', 'pass', 'notEvaluated'] as const) {
    for (const c of fixtures?.[kind] ?? []) {
      let run;
      try {
        run = runFixtureManifest(rule, taxonomy, fixtureDocument(`${rule.definition.id}#${kind}/${c.name}`, fixtureManifest(fixtures, c)), c.params ?? {});
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      for (const item of run.items) {
        const value = readPath(item.data, path);
        if (value !== undefined && value !== null) seen.set(JSON.stringify(value), value);
      }
    }
  }
  const values = [...seen.values()];
  if (values.some((v) => typeof v === 'boolean')) for (const b of [true, false]) if (!values.includes(b)) values.push(b);
  return values;
}
