// One item per store: categories held, retention in days, the deletion jobs that cover it, its
// copies, the roles that can read it, and how biometric data is kept.
import { durationDays } from './duration.js';
import type { ViewDefinition } from './view.js';

// Data that identifies a person directly. A pseudonymous key such as a member number is not
// on the list: keying a separate template store by it is how separate storage is done.
const DIRECT_IDENTIFIERS = ['identity.name', 'identity.id-number', 'identity.passport', 'contact.phone'];

export const storeView: ViewDefinition = {
  name: 'store',
  reads: ['stores', 'interfaces', 'roles', 'deletionJobs'],
  description: 'every store with its categories, retention, covering deletion jobs, copies, readers and biometric handling',
  build({ index }) {
    const { inventory } = index;
    const readers = new Map<string, Set<string>>();
    for (const role of inventory.roles) {
      for (const { grant } of index.effectiveGrants(role.id)) {
        const storeId = grant.store ?? (grant.interface ? index.interfaces.get(grant.interface)?.store.id : undefined);
        if (storeId) (readers.get(storeId) ?? readers.set(storeId, new Set()).get(storeId))?.add(role.id);
      }
    }
    return inventory.stores.map((store) => {
      const profile = index.stores.get(store.id);
      const categories = profile?.categories ?? [];
      const jobs = inventory.deletionJobs.filter((j) => j.stores.includes(store.id));
      const enabledJobs = jobs.filter((j) => j.enabled);
      const original = store.copyOf ? inventory.stores.find((s) => s.id === store.copyOf) : undefined;
      const period = store.retention?.period;
      const biometricFields = store.fields.filter((f) => f.category.startsWith('biometric'));
      const sensitiveFields = store.fields.filter((f) => index.taxonomy.isSensitive(f.category));
      const unencryptedSensitive = sensitiveFields.filter((f) => f.encrypted !== true);
      const atRest = store.encryption?.atRest;
      // true: the store, or every sensitive field, is encrypted; false: stated otherwise; null: not stated.
      const sensitiveEncryptedAtRest =
        sensitiveFields.length === 0 ? null
        : atRest === true || unencryptedSensitive.length === 0 ? true
        : atRest === false || sensitiveFields.some((f) => f.encrypted === false) ? false
        : null;
      // Per category: false if any field of it is marked not necessary, true if every field of it is marked necessary, else null.
      const categoryNecessary: Record<string, boolean | null> = {};
      for (const category of categories) {
        const fields = store.fields.filter((f) => f.category === category);
        categoryNecessary[category] = fields.some((f) => f.necessary === false) ? false : fields.every((f) => f.necessary === true) ? true : null;
      }
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
          biometric: biometricFields.length > 0,
          biometricCategories: biometricFields.map((f) => f.category),
          rawBiometricImages: biometricFields.some((f) => f.form === 'raw-image' || f.form === 'raw'),
          mixesBiometricWithIdentity: biometricFields.length > 0 && categories.some((c) => DIRECT_IDENTIFIERS.includes(c)),
          retention: store.retention ?? null,
          retentionPermanent: period === 'permanent',
          retentionDays: period === undefined ? null : durationDays(period),
          deletionJobs: jobs,
          enabledDeletionJob: enabledJobs.length > 0,
          enabledDeletionJobs: enabledJobs,
          // true when an enabled job records a run (a date, even one known only to the month or
          // year); null when none does and one's last run is 'unknown' (it cannot be found out).
          deletionJobHasRun: enabledJobs.some((j) => j.lastRun !== undefined && j.lastRun !== 'never' && j.lastRun !== 'unknown') ? true : enabledJobs.some((j) => j.lastRun === 'unknown') ? null : false,
          copyOf: original ?? null,
          isCopy: original !== undefined,
          originalHasRetention: original?.retention !== undefined,
          copies: inventory.stores.filter((s) => s.copyOf === store.id).map((s) => s.id),
          readers: [...(readers.get(store.id) ?? [])].sort(),
          records: store.records ?? null,
          individuals: store.subjects?.individuals ?? null,
          // Data of children under 14 (PIPL Art. 28, 31); null when the store does not say.
          holdsMinorsUnder14: store.subjects?.minorsUnder14 ?? null,
          unencryptedSensitiveFields: unencryptedSensitive.map((f) => f.name),
          sensitiveEncryptedAtRest,
          categoryNecessary,
        },
      };
    });
  },
};
