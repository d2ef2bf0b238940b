// One item per store: categories held, retention in days, the deletion jobs that cover it, its
// copies, the roles that can read it, and how biometric data is kept.
import { dateAfter, durationDays } from './duration.js';
import type { DeletionJob, Store } from '../inventory/manifest-schema.js';
import type { ViewDefinition } from './view.js';
import { childrenPINote } from '../i18n/children-pi-text.js';
import { storeViewsOf } from './store-view-of.js';

// Data that identifies a person directly. A pseudonymous key such as a member number is not
// on the list: keying a separate template store by it is how separate storage is done.
const DIRECT_IDENTIFIERS = ['identity.name', 'identity.id-number', 'identity.passport', 'contact.phone'];

/** Forms in which a field's value is not kept in full. */
const NOT_IN_FULL: ReadonlySet<string> = new Set(['masked', 'digest', 'tokenised']);

export const storeView: ViewDefinition = {
  name: 'store',
  reads: ['stores', 'interfaces', 'roles', 'deletionJobs', 'collectionPoints', 'databaseTables'],
  description: 'every store with its categories, retention, covering deletion jobs, copies, readers and biometric handling',
  statedBy: {
    '/categoryNecessary/identity.id-number': {
      manifest: 'stores[].fields[].necessary of the ID-number fields (or collectionPoints[].necessary: true of every point collecting ID numbers into the store)',
      absent: 'necessary: false',
      facts: ['/store/fields/*/necessary', '/idNumberCollectionPoints/*/necessary'],
    },
    '/unnecessaryFieldsKept': { manifest: 'stores[].fields[].necessary, .optional and .form', absent: 'necessary: false', facts: ['/store/fields/*/necessary'] },
    '/deletionJobHasRun': { manifest: 'deletionJobs[].lastRun', absent: 'lastRun: never', facts: ['/enabledDeletionJobs/*/lastRun'] },
    '/enabledDeletionJob': { manifest: 'deletionJobs[] (a deletionJobs list, empty when there is none)', absent: 'deletionJobs: []', facts: ['manifest:/deletionJobs'] },
    '/nothingDueYet': {
      manifest: 'system.inOperationSince or stores[].collectedSince (the date the store began holding the data it holds), with stores[].retention.period',
      facts: ['/store/collectedSince', 'manifest:/system/inOperationSince'],
    },
    '/mixesBiometricWithIdentity': { manifest: 'stores[].fields[].category', facts: [] },
    '/rawBiometricImages': { manifest: 'stores[].fields[].form of biometric fields', facts: [] },
    '/retention': { manifest: 'stores[].retention', absent: 'retention: none', facts: ['/store/retention'] },
    '/retentionPeriod': { manifest: 'stores[].retention.period', absent: 'retention: none', facts: ['/store/retention'] },
    '/store/retention/action': { manifest: 'stores[].retention.action' },
    '/store/retention/statutory': { manifest: 'stores[].retention.statutory', absent: 'statutory: false' },
    '/retentionDays': { manifest: 'stores[].retention.period', absent: 'retention: none', facts: ['/store/retention'] },
    '/retentionPermanent': { manifest: 'stores[].retention.period', absent: 'retention: none', facts: ['/store/retention'] },
    '/sensitiveEncryptedAtRest': { manifest: 'stores[].encryption.atRest or stores[].fields[].encrypted', absent: 'encryption: { atRest: false }', facts: ['/store/encryption/atRest', '/store/fields/*/encrypted'] },
    '/store/deletionOnRequest/by': { manifest: 'stores[].deletionOnRequest.by' },
    '/store/encryption/inTransit': { manifest: 'stores[].encryption.inTransit', absent: 'encryption: { inTransit: false }' },
    '/store/fields': { manifest: 'stores[].fields', facts: [] },
  },
  build({ index, asOf }) {
    const { inventory } = index;
    const readers = new Map<string, Set<string>>();
    for (const role of inventory.roles) {
      for (const { grant } of index.effectiveGrants(role.id)) {
        const storeId = grant.store ?? (grant.interface ? index.interfaces.get(grant.interface)?.store.id : undefined);
        if (storeId) (readers.get(storeId) ?? readers.set(storeId, new Set()).get(storeId))?.add(role.id);
      }
    }
    const views = storeViewsOf(inventory);
    return inventory.stores.map((store) => {
      const profile = index.stores.get(store.id);
      const view = views.get(store.id);
      const categories = profile?.categories ?? [];
      const jobs = inventory.deletionJobs.filter((j) => j.stores.includes(store.id));
      // A job run by the event itself (onTrigger: the account-closure handler) erases a record when
      // it falls due only where the period starts at that event; for any other trigger it is no
      // deletion mechanism (records falling due by age would never be erased by it).
      const enabledJobs = jobs.filter((j) => j.enabled && deletesWhenDue(j, store));
      const original = store.copyOf ? inventory.stores.find((s) => s.id === store.copyOf) : undefined;
      // `retention: none` states that no period is set: nothing ends the keeping (not a deliberate
      // permanent period, which needs a basis), so it counts as an unbounded, non-permanent period.
      const period = store.retention === 'none' ? 'none' : store.retention?.period;
      // The oldest record cannot have been collected before the store (or the system) began
      // holding data, and every retention trigger (collection, contract end, account closure …)
      // happens at or after collection: no record can fall due before that date plus the period.
      const heldSince = store.collectedSince ?? inventory.system?.inOperationSince ?? null;
      const firstDueDate = heldSince === null || period === undefined || period === 'none' ? null : dateAfter(heldSince, period);
      const biometricFields = store.fields.filter((f) => f.category.startsWith('biometric'));
      // Sensitive by category, or as children's PI (every field of a store whose subjects are
      // children under 14: PIPL Art. 28, whatever the category).
      const childrenCategories = new Set(profile?.childrenCategories ?? []);
      const sensitiveFields = store.fields.filter((f) => childrenCategories.has(f.category) || index.taxonomy.isSensitive(f.category));
      const unencryptedSensitive = sensitiveFields.filter((f) => f.encrypted !== true);
      const atRest = store.encryption?.atRest;
      // true: the store, or every sensitive field, is encrypted; false: stated otherwise; null: not stated.
      const sensitiveEncryptedAtRest =
        sensitiveFields.length === 0 ? null
        : atRest === true || unencryptedSensitive.length === 0 ? true
        : atRest === false || sensitiveFields.some((f) => f.encrypted === false) ? false
        : null;
      // Per category: false if any field of it is marked not necessary, true if every field of it is
      // marked necessary. Where the fields do not say, the collection points that put the category
      // into this store decide it is necessary when every one of them states that each category it
      // collects is needed (`necessary: true`); a point's `necessary: false` does not say which of
      // its categories is not needed, so it leaves the category unstated (null).
      const idNumberCollectionPoints = inventory.collectionPoints.filter((p) => p.stores.includes(store.id) && p.categories.some((c) => 'identity.id-number' === c || 'identity.id-number'.startsWith(c + '.')));
      const categoryNecessary: Record<string, boolean | null> = {};
      for (const category of categories) {
        const fields = store.fields.filter((f) => f.category === category);
        const byFields = fields.some((f) => f.necessary === false) ? false : fields.every((f) => f.necessary === true) ? true : null;
        const points = category === 'identity.id-number' ? idNumberCollectionPoints : [];
        categoryNecessary[category] = byFields ?? (points.length > 0 && points.every((p) => p.necessary === true) ? true : null);
      }
      // Fields the inventory itself marks not needed for the purpose (`necessary: false`) that the
      // store keeps in full (not only masked, as a digest or tokenised): PIPL Art. 6 (PIPL-SPI-006).
      const unnecessaryFieldsKept = store.fields.filter((f) => f.necessary === false && f.optional !== true && !NOT_IN_FULL.has(f.form ?? '')).map((f) => `${f.name} (${f.category})`);
      return {
        key: store.id,
        label: store.id,
        subject: store,
        data: {
          store,
          categories,
          sensitiveCategories: profile?.sensitiveCategories ?? [],
          holdsPI: categories.length > 0,
          holdsSensitive: (profile?.sensitiveCategories.length ?? 0) > 0,
          // Categories sensitive because the store holds them as PI of children under 14 (PIPL Art. 28).
          childrenSensitiveCategories: profile?.childrenCategories ?? [],
          childrenPINote: childrenPINote((profile?.childrenCategories.length ?? 0) > 0),
          biometric: biometricFields.length > 0,
          biometricCategories: biometricFields.map((f) => f.category),
          rawBiometricImages: biometricFields.some((f) => f.form === 'raw-image' || f.form === 'raw'),
          mixesBiometricWithIdentity: biometricFields.length > 0 && categories.some((c) => DIRECT_IDENTIFIERS.includes(c)),
          retention: store.retention ?? null,
          retentionStated: store.retention !== undefined,
          // The period as a message names it: `none` when no period is set, null when unstated.
          retentionPeriod: period ?? null,
          retentionPermanent: period === undefined ? null : period === 'permanent',
          retentionDays: period === undefined ? null : period === 'none' ? Number.MAX_SAFE_INTEGER : (durationDays(period) ?? Number.MAX_SAFE_INTEGER),
          // When the store began holding data (stores[].collectedSince, else system.inOperationSince), and
          // the first date any of its records can fall due; null when either is unstated.
          heldSince,
          firstDueDate,
          // true: no record can have fallen due by the audit date (Art. 47 para. 1's duty to delete
          // has not arisen yet); false: records may have; null: when the store began is not stated.
          nothingDueYet: firstDueDate === null ? null : firstDueDate > asOf,
          asOf,
          deletionJobs: jobs,
          // null when no input lists deletion jobs at all (`deletionJobs: []` states that there are none).
          enabledDeletionJob: enabledJobs.length > 0 ? true : inventory.statedSections.has('deletionJobs') ? false : null,
          enabledDeletionJobs: enabledJobs,
          // true when an enabled job records a run (a date, even one known only to the month or
          // year); false when every enabled job states it never ran (`lastRun: never`); null when
          // a job does not say, says its last run cannot be found out (`unknown`), or there is no
          // enabled job.
          deletionJobHasRun:
            enabledJobs.some((j) => j.lastRun !== undefined && j.lastRun !== 'never' && j.lastRun !== 'unknown') ? true
            : enabledJobs.length > 0 && enabledJobs.every((j) => j.lastRun === 'never') ? false
            : null,
          copyOf: original ?? null,
          // What a message adds after the store's kind: the store it copies, where it states one.
          copyOfNote: store.copyOf !== undefined ? { zh: `，源自 ${store.copyOf}`, en: ` of ${store.copyOf}` } : { zh: '', en: '' },
          isCopy: original !== undefined,
          // A view (stores[].viewOf, or every mapped relation a SQL view): no rows of its own, so its
          // period, deletion and storage (encryption at rest, raw images, fields kept in full) are
          // those of the stores it shows (viewOf).
          isView: view?.isView ?? false,
          viewOf: view?.viewOf ?? null,
          viewRelations: view?.relations ?? [],
          originalHasRetention: original?.retention !== undefined && original.retention !== 'none',
          copies: inventory.stores.filter((s) => s.copyOf === store.id).map((s) => s.id),
          readers: [...(readers.get(store.id) ?? [])].sort(),
          records: store.records ?? null,
          individuals: store.subjects?.individuals ?? null,
          // Data of children under 14 (PIPL Art. 28, 31); null when the store does not say.
          holdsMinorsUnder14: store.subjects?.minorsUnder14 ?? null,
          unencryptedSensitiveFields: unencryptedSensitive.map((f) => f.name),
          sensitiveEncryptedAtRest,
          categoryNecessary,
          idNumberCollectionPoints,
          unnecessaryFieldsKept,
        },
      };
    });
  },
};

/** Retention triggers an event of the system itself starts, so a handler of that event can erase what falls due. */
const ON_TRIGGER_EVENTS: ReadonlySet<string> = new Set(['account-closure']);

/** Whether a job erases the store's records as they fall due: any scheduled job; an on-trigger job only where the period starts at its event. */
export function deletesWhenDue(job: DeletionJob, store: Store): boolean {
  if (job.onTrigger !== true) return true;
  return store.retention !== undefined && store.retention !== 'none' && store.retention.trigger !== undefined && ON_TRIGGER_EVENTS.has(store.retention.trigger);
}
