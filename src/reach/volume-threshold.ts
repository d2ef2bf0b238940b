// The record counts at which the 2017 SPC/SPP interpretation on personal-information crimes
// (法释〔2017〕10号, Art. 5) treats illegally obtaining or providing PI as "serious": 50 records of
// whereabouts, communication content, credit or property data; 500 of accommodation,
// communication records, health, physiological or transaction data; 5,000 of any other PI.
// A grant or a subject that can reach that many records of a category is flagged, and rules
// that opt in raise their severity: the grant and device views pass only the categories shown
// unmasked, as a category an interface masks is not obtained in full.
import type { ScopeName } from '../inventory/manifest-schema.js';
import type { Taxonomy, VolumeClass } from '../taxonomy/taxonomy.js';

export const VOLUME_THRESHOLDS: Readonly<Record<VolumeClass, number>> = {
  'whereabouts-credit-property': 50,
  'health-transaction': 500,
  other: 5000,
};

export interface VolumeCrossing {
  category: string;
  volumeClass: VolumeClass;
  threshold: number;
  records: number;
}

/** Scopes that reach every record of the store (the others are bounded by a person, a unit or a workflow). */
const UNBOUNDED: ReadonlySet<ScopeName> = new Set(['any', 'organization']);

/** Records reachable through a grant of this scope on a store of this size; null when not estimable. */
export function reachableRecords(scope: ScopeName | undefined, storeRecords: number | undefined): number | null {
  if (scope === undefined || storeRecords === undefined) return null;
  if (scope === 'own') return Math.min(1, storeRecords);
  return UNBOUNDED.has(scope) ? storeRecords : null;
}

/** The categories whose threshold `records` reaches (the interpretation says "以上": at or above). */
export function volumeCrossings(categories: readonly string[], records: number | null, taxonomy: Taxonomy): VolumeCrossing[] {
  if (records === null) return [];
  const out: VolumeCrossing[] = [];
  for (const category of categories) {
    const volumeClass = taxonomy.get(category)?.volumeClass ?? 'other';
    const threshold = VOLUME_THRESHOLDS[volumeClass];
    if (records >= threshold) out.push({ category, volumeClass, threshold, records });
  }
  return out;
}
