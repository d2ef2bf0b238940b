// One item per store when code was scanned: its retention, and the deletion or anonymisation
// jobs found in the code against the jobs the manifest only declares.
import type { ViewDefinition } from './view.js';
import { deletesWhenDue } from './store-view.js';
import { storeViewsOf } from './store-view-of.js';

export const codeStoreView: ViewDefinition = {
  name: 'code-store',
  reads: ['codeBases', 'codeRoutes', 'stores', 'deletionJobs', 'databaseTables'],
  description: 'every store the scanned code is seen to hold (a route queries it or a job in the code deletes it), with the scheduled deletion jobs found in the code and those only declared',
  statedBy: {
    '/codeDeletionJobs': { manifest: 'deletionJobs[] with codeBase (code scan)', facts: [] },
    '/declaredJobPlaces': { manifest: 'deletionJobs[].runsIn (where a declared job runs: code, database, scheduler, other-system)', facts: ['/declaredJobs/*/runsIn'] },
    '/store/retention/action': { manifest: 'stores[].retention.action' },
    '/store/retention/statutory': { manifest: 'stores[].retention.statutory', absent: 'statutory: false' },
  },
  build({ index }) {
    const { inventory } = index;
    if (inventory.codeBases.length === 0) return [];
    const codeBases = inventory.codeBases.map((c) => c.id);
    // The code is judged only on the stores it is seen to hold: a store a route's query reads or
    // writes, or a job in the code deletes. A store of another system (the LIS database beside the
    // report portal whose code was scanned) is not this code's to delete.
    const seen = new Set<string>([
      ...inventory.codeRoutes.flatMap((r) => r.queries.flatMap((q) => ('store' in q && typeof q.store === 'string' ? [q.store] : []))),
      ...inventory.deletionJobs.filter((j) => j.codeBase !== undefined).flatMap((j) => j.stores),
    ]);
    const views = storeViewsOf(inventory);
    return inventory.stores.filter((store) => seen.has(store.id)).map((store) => {
      const jobs = inventory.deletionJobs.filter((j) => j.stores.includes(store.id));
      const declared = jobs.filter((j) => j.codeBase === undefined);
      // `retention: none` states that no period is set: nothing ends the keeping (not a deliberate
      // permanent period, which needs a basis), so it counts as an unbounded, non-permanent period.
      const period = store.retention === 'none' ? 'none' : store.retention?.period;
      return {
        key: store.id,
        label: store.id,
        subject: store,
        data: {
          store,
          categories: index.stores.get(store.id)?.categories ?? [],
          holdsPI: (index.stores.get(store.id)?.categories.length ?? 0) > 0,
          isCopy: store.copyOf !== undefined,
          // A view (stores[].viewOf, or every mapped relation a SQL view): nothing of its own to delete.
          isView: views.get(store.id)?.isView ?? false,
          viewOf: views.get(store.id)?.viewOf ?? null,
          viewRelations: views.get(store.id)?.relations ?? [],
          retention: store.retention ?? null,
          retentionStated: store.retention !== undefined,
          retentionPeriod: period ?? null,
          retentionPermanent: period === undefined ? null : period === 'permanent',
          codeBases,
          // A job the code states does not run (Egg.js `disable: true`) deletes nothing.
          codeDeletionJobs: jobs.filter((j) => j.codeBase !== undefined && j.enabled !== false && deletesWhenDue(j, store)).map((j) => j.id),
          /** Jobs in the code that would delete the store but are stated not to run. */
          disabledCodeDeletionJobs: jobs.filter((j) => j.codeBase !== undefined && j.enabled === false).map((j) => j.id),
          codeJobsDisabled: jobs.some((j) => j.codeBase !== undefined && j.enabled === false),
          declaredDeletionJobs: declared.map((j) => j.id),
          /** Declared jobs not stated disabled: where every declared job is, nothing deletes the store (PIPL-RET-003's finding). */
          declaredLiveJobs: declared.filter((j) => j.enabled !== false).map((j) => j.id),
          declaredJobs: declared,
          /** Declared jobs stated to run outside the application code (a database or platform scheduler, another system): no code scan can see them. */
          declaredJobsOutsideCode: declared.filter((j) => j.enabled && j.runsIn !== undefined && j.runsIn !== 'code').map((j) => j.id),
          /** Where the declared jobs run; null while a declared job does not say (the scan's silence then contradicts nothing). */
          declaredJobPlaces: declared.some((j) => j.runsIn === undefined) ? null : [...new Set(declared.map((j) => j.runsIn as string))].sort(),
          /** Whether any input states the system's deletion jobs (a manifest's deletionJobs, or jobs a scan found). */
          deletionJobsStated: inventory.statedSections.has('deletionJobs'),
        },
      };
    });
  },
};
