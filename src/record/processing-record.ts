// The record of processing activities (个人信息处理活动记录) drawn from the inventory: per store and
// per flow, what is held, why, about whom, from where, for how long, to whom and on what basis,
// across which border under which mechanism, and who can reach it. Every cell says only what an
// input states; what nobody stated is written as such, never guessed.
import type { Bilingual } from '../i18n/bilingual.js';
import type { Flow, Store } from '../inventory/manifest-schema.js';
import type { InventoryIndex } from '../views/inventory-index.js';
import { computeReach } from '../reach/reach-map.js';
import { requiredCrossBorderMechanism, type CrossBorderRequirement } from './cross-border-mechanism.js';

export interface RecordCategory {
  key: string;
  name: Bilingual;
  sensitive: boolean;
}

export interface StoreRecord {
  id: string;
  name: string;
  kind: string;
  location: string | null;
  categories: RecordCategory[];
  purposes: string[];
  subjects: { kinds: string[]; individuals: number | null; records: number | null; minorsUnder14: boolean | null };
  /** Collection points feeding the store (id and channel); empty when none is stated. */
  sources: string[];
  /** ISO 8601 period, trigger and action as stated; null when nothing is stated; 'none' when stated as none. */
  retention: string | null;
  deletionJobs: string[];
  recipients: string[];
  /** Roles, account types, device classes and database logins that reach the store's fields, with the widest scope. */
  reachedBy: string[];
}

export interface FlowRecord {
  id: string;
  recipient: string;
  recipientKind: string;
  country: string | null;
  stores: string[];
  categories: RecordCategory[];
  purpose: string | null;
  legalBasis: string | null;
  consent: string | null;
  contract: boolean | null;
  impactAssessment: string | null;
  crossBorder: boolean;
  mechanism: string | null;
  required: CrossBorderRequirement | null;
}

export interface ProcessingRecord {
  asOf: string;
  system: { id: string; name: string } | null;
  stores: StoreRecord[];
  flows: FlowRecord[];
}

export function buildProcessingRecord(index: InventoryIndex, asOf: string): ProcessingRecord {
  const { inventory, taxonomy } = index;
  const category = (key: string): RecordCategory => {
    const c = taxonomy.get(key);
    return { key, name: c?.name ?? { zh: key, en: key }, sensitive: c?.sensitive ?? false };
  };
  const reach = computeReach(index, asOf);
  const stores = inventory.stores
    .filter((s) => s.fields.length > 0)
    .map((store): StoreRecord => {
      const profile = index.stores.get(store.id);
      const points = inventory.collectionPoints.filter((p) => p.stores.includes(store.id));
      const flows = inventory.flows.filter((f) => f.stores.includes(store.id));
      const reachers = new Map<string, string>();
      for (const entry of reach) {
        if (!entry.fields.some((f) => f.startsWith(`${store.id}.`))) continue;
        const key = `${entry.subjectKind}:${entry.subject}`;
        const previous = reachers.get(key);
        // One line per subject: the widest scope and whether anything shows unmasked.
        if (previous === undefined || entry.unmasked) reachers.set(key, `${entry.subjectKind} ${entry.subject} (${entry.scope}${entry.unmasked ? ', unmasked' : ''})`);
      }
      return {
        id: store.id,
        name: typeof store.name === 'string' ? store.name : (store.name?.zh ?? store.name?.en ?? store.id),
        kind: store.kind,
        location: store.location ?? null,
        categories: (profile?.categories ?? []).map(category),
        purposes: [...new Set([...points.map((p) => p.purpose), ...flows.map((f) => f.purpose)].filter((p): p is string => p !== undefined))].sort(),
        subjects: {
          kinds: store.subjects?.kinds ?? [],
          individuals: store.subjects?.individuals ?? null,
          records: store.records ?? null,
          minorsUnder14: store.subjects?.minorsUnder14 ?? null,
        },
        sources: points.map((p) => `${p.id}${p.channel ? ` (${p.channel})` : ''}`),
        retention: retentionText(store),
        deletionJobs: inventory.deletionJobs
          .filter((j) => j.stores.includes(store.id))
          .map((j) => `${j.id}: ${j.action} ${j.schedule}${j.enabled ? '' : ' (disabled)'}${j.lastRun !== undefined ? `, last run ${j.lastRun}` : ''}`),
        recipients: flows.map((f) => `${f.recipient.name} (${f.id})`),
        reachedBy: [...reachers.values()].sort(),
      };
    });
  const flows = inventory.flows.map((flow): FlowRecord => {
    const categories = flowCategories(index, flow);
    const crossBorder = flow.recipient.country !== undefined && flow.recipient.country.toUpperCase() !== 'CN';
    return {
      id: flow.id,
      recipient: flow.recipient.name,
      recipientKind: flow.recipient.kind,
      country: flow.recipient.country ?? null,
      stores: flow.stores,
      categories: categories.map(category),
      purpose: flow.purpose ?? null,
      legalBasis: flow.legalBasis ?? null,
      consent: flow.consent ?? null,
      contract: flow.contract?.present ?? null,
      impactAssessment: flow.impactAssessment ?? null,
      crossBorder,
      mechanism: flow.crossBorderMechanism ?? null,
      required: crossBorder ? requiredCrossBorderMechanism(flow.stores.map((id) => inventory.stores.find((s) => s.id === id)), index.sensitive(categories).length > 0) : null,
    };
  });
  const system = inventory.system ? { id: inventory.system.id, name: typeof inventory.system.name === 'string' ? inventory.system.name : (inventory.system.name.zh ?? inventory.system.id) } : null;
  return { asOf, system, stores, flows };
}

function retentionText(store: Store): string | null {
  if (store.retention === undefined) return null;
  if (store.retention === 'none') return 'none';
  const r = store.retention;
  return [r.period, r.trigger ? `from ${r.trigger}` : undefined, r.action ? `then ${r.action}` : undefined, r.basis ? `(${r.basis})` : undefined].filter(Boolean).join(' ');
}

function flowCategories(index: InventoryIndex, flow: Flow): string[] {
  const held = [...new Set(flow.stores.flatMap((id) => index.stores.get(id)?.categories ?? []))];
  return flow.categories ? held.filter((c) => flow.categories?.some((f) => c === f || c.startsWith(`${f}.`))) : held;
}
