// Applies the facts one export states about accounts another export defines (an HR staff list
// joined to a RuoYi or Keycloak user: who has left, who is no employee). Like an overlay: the
// account is replaced by a copy carrying the facts, each fact keeps its own place
// (Provenance.recordFact) for evidence, an importer's assumption is replaced, and a fact the
// account's own export states wins — a different value is a warning naming both. The copy keeps
// the importer's other assumptions (a staff list joined to a Keycloak user does not make its
// assumed `type: personal` a stated fact), so a manifest overlay can still replace them. A fact the
// staff list only infers (`assumed`: an unmatched account is outside) is itself an assumption: it
// never overrides a stated value, and it stays marked, so an overlay's stated value replaces it.
import type { AccountFact } from '../importers/importer.js';
import { carryAssumed, isAssumed, markAssumed } from './assumed-facts.js';
import type { Diagnostic } from './diagnostic.js';
import type { Inventory } from './inventory.js';
import type { Account } from './manifest-schema.js';

/** The places of facts inferred from the account's type, with that type (AccountFact.restsOnType). */
const restingOnType = new WeakMap<object, NonNullable<Account['type']>>();

/**
 * Withdraws the facts inferred from an account's type where the manifest's overlays have since
 * stated another type (a staff list's "outsider" on an account an overlay says is shared): they
 * rested on an assumption the manifest replaced, so they are left unstated.
 */
export function withdrawFactsOnReplacedType(inventory: Inventory): void {
  inventory.accounts.forEach((account, index) => {
    const record = account as unknown as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
      const place = inventory.provenance.factOf(account, key);
      const type = place === undefined ? undefined : restingOnType.get(place);
      if (type === undefined || account.type === type) continue;
      if (!copy) {
        copy = { ...record };
        const at = inventory.provenance.of(account);
        if (at) inventory.provenance.record(copy, at.file, at.pointer);
        inventory.provenance.copyFacts(account, copy);
        carryAssumed(account, copy, new Set());
      }
      delete copy[key];
    }
    if (copy) inventory.accounts[index] = copy as unknown as Account;
  });
}

export function applyAccountFacts(inventory: Inventory, outcome: { facts: AccountFact[]; warnings: Diagnostic[] }): Diagnostic[] {
  const warnings = [...outcome.warnings];
  if (outcome.facts.length === 0) return warnings;
  const indexOf = new Map<Account, number>(inventory.accounts.map((a, i) => [a, i]));
  for (const { account, set, places, restsOnType, assumed } of outcome.facts) {
    if (restsOnType !== undefined) for (const place of Object.values(places)) if (place) restingOnType.set(place, restsOnType);
    const inferred = new Set<string>(assumed ?? []);
    const index = indexOf.get(account);
    if (index === undefined) continue;
    const current = inventory.accounts[index] as Account;
    const copy = { ...current } as Record<string, unknown>;
    const place = inventory.provenance.of(current);
    if (place) inventory.provenance.record(copy, place.file, place.pointer);
    inventory.provenance.copyFacts(current, copy);
    const replaced = new Set<string>();
    for (const [key, value] of Object.entries(set)) {
      const factPlace = places[key as keyof Account];
      const existing = copy[key];
      if (existing === undefined || isAssumed(current, key)) {
        copy[key] = value;
        replaced.add(key);
        if (factPlace) inventory.provenance.recordFact(copy, key, factPlace);
      } else if (inferred.has(key)) {
        // an inference never contradicts what the account's export states
      } else if (JSON.stringify(existing) !== JSON.stringify(value)) {
        const other = inventory.provenance.factOf(current, key) ?? place;
        warnings.push({ severity: 'warning', file: factPlace?.file ?? place?.file ?? 'accounts', ...(factPlace ? { pointer: factPlace.pointer } : {}), message: `account "${account.id}": ${key} is ${JSON.stringify(existing)} where ${other ? `${other.file}#${other.pointer}` : 'its source'} states it; the staff list's ${JSON.stringify(value)} is not used`, expected: `one value for ${key}` });
      } else if (factPlace) {
        inventory.provenance.recordFact(copy, key, factPlace);
      }
    }
    carryAssumed(current, copy, replaced);
    const stillInferred = [...replaced].filter((k) => inferred.has(k));
    if (stillInferred.length > 0) markAssumed(copy, stillInferred);
    inventory.accounts[index] = copy as unknown as Account;
    indexOf.set(copy as unknown as Account, index);
  }
  return warnings;
}
