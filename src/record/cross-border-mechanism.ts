// Which mechanism a transfer abroad needs by the thresholds of the Provisions on Promoting and
// Regulating Cross-Border Data Flows (2024) and PIPL Art. 38-40, counted from what the inventory
// states. The count of a year's transfers is not in any export: the stores' individuals stand in
// for it as an upper bound, and an unknown count is said to be unknown. A critical information
// infrastructure operator always needs the security assessment; that status is for people to state.
import type { Store } from '../inventory/manifest-schema.js';

export type CrossBorderRequirement =
  | { mechanism: 'security-assessment' | 'certification-or-standard-contract' | 'exempt'; individuals: number; reason: string }
  | { mechanism: 'unknown'; individuals: null; reason: string };

export function requiredCrossBorderMechanism(stores: ReadonlyArray<Store | undefined>, sensitive: boolean): CrossBorderRequirement {
  const counts = stores.map((s) => s?.subjects?.individuals ?? s?.records);
  if (counts.length === 0 || counts.some((n) => n === undefined)) {
    return { mechanism: 'unknown', individuals: null, reason: 'state stores[].subjects.individuals of every store the flow carries' };
  }
  const individuals = (counts as number[]).reduce((a, b) => a + b, 0);
  if (sensitive) {
    return individuals >= 10_000
      ? { mechanism: 'security-assessment', individuals, reason: 'sensitive PI of 10,000 or more people' }
      : { mechanism: 'certification-or-standard-contract', individuals, reason: 'sensitive PI of fewer than 10,000 people' };
  }
  if (individuals >= 1_000_000) return { mechanism: 'security-assessment', individuals, reason: 'PI of 1,000,000 or more people' };
  if (individuals >= 100_000) return { mechanism: 'certification-or-standard-contract', individuals, reason: 'PI of 100,000 to 1,000,000 people' };
  return { mechanism: 'exempt', individuals, reason: 'PI of fewer than 100,000 people (no sensitive PI)' };
}
