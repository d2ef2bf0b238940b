// The system as a whole (one item): organisation duties, audit logging, impact assessments,
// and what the inventory holds overall.
import type { ImpactAssessment } from '../inventory/manifest-schema.js';
import { durationDays } from './duration.js';
import { childrenPINote } from '../i18n/children-pi-text.js';
import type { InterfaceProfile, InventoryIndex } from './inventory-index.js';
import type { ViewDefinition } from './view.js';

export const systemView: ViewDefinition = {
  name: 'system',
  reads: ['system', 'auditLogging', 'devices', 'impactAssessments', 'stores', 'interfaces', 'collectionPoints'],
  description: 'the system as one item: organisation duties, audit logging, impact assessments, overall holdings',
  statedBy: {
    '/auditLogging': { manifest: 'auditLogging', facts: ['manifest:/auditLogging'] },
    '/auditLogging/alerting': { manifest: 'auditLogging.alerting', absent: 'alerting: false' },
    '/auditLogging/events': { manifest: 'auditLogging.events' },
    '/auditLogging/fields': { manifest: 'auditLogging.fields' },
    '/auditLogging/tamperProtection': { manifest: 'auditLogging.tamperProtection', absent: 'tamperProtection: false' },
    '/deviceKinds': { manifest: 'devices[].kind', facts: [] },
    '/lookupDeviceKinds': { manifest: 'devices[].interfaces (with the interfaces’ returns, selfService, and kind and bulk: a bulk device function no role is granted is a machine feed)', absent: 'interfaces: [] (the device calls none)', facts: [] },
    '/undecidedDeviceKinds': { manifest: 'devices[].interfaces (with the interfaces’ returns and selfService)', absent: 'interfaces: [] (the device calls none)', facts: [] },
    '/incidentNotificationPath': { manifest: 'system.incidentResponse.notificationPath', absent: 'incidentResponse: { plan: false }', facts: ['/system/incidentResponse'] },
    '/childrenPIStores': { manifest: 'stores[].subjects.minorsUnder14, or a field of category minor.under-14', facts: [] },
    '/childrenPIPoints': { manifest: 'collectionPoints[].subjects (minors-under-14, mixed), or category minor.under-14', facts: [] },
    '/childrenPI': {
      manifest: 'stores[].subjects.minorsUnder14, a field of category minor.under-14, or collectionPoints[].subjects (minors-under-14, mixed)',
      facts: [],
    },
    '/childrenPIOfficerAppointed': {
      manifest: 'system.childrenPIOfficer (or system.piOfficer: { appointed: false }, no one in charge of PI protection at all)',
      absent: 'childrenPIOfficer: { appointed: false }',
      facts: ['/system/childrenPIOfficer', '/system/piOfficer'],
    },
    '/auditLogAlterersOutsideAudit': { manifest: 'auditLogging.alterableBy', absent: 'alterableBy: { roles: [] }', facts: ['/auditLogging/alterableBy'] },
    '/logRetentionDays': { manifest: 'auditLogging.retention', facts: ['/auditLogging/retention'] },
    '/logReviewDays': { manifest: 'auditLogging.review', absent: 'review: none', facts: ['/auditLogging/review'] },
    '/monthsSinceComplianceAudit': { manifest: 'system.complianceAudit.lastDate', absent: 'complianceAudit: { by: none }', facts: ['/system/complianceAudit'] },
    '/monthsSinceIncidentDrill': { manifest: 'system.incidentResponse.lastDrill', facts: ['/system/incidentResponse/lastDrill'] },
    '/monthsSinceTraining': { manifest: 'system.training.lastDate', facts: ['/system/training/lastDate'] },
    '/piaCovers': { manifest: 'impactAssessments[].covers', absent: 'impactAssessments: [] (none made)', facts: ['manifest:/impactAssessments'] },
    '/faceAssessments': {
      manifest: 'impactAssessments[] covering face-recognition, or covering sensitive-processing with stores: [ids] naming a store that holds face data',
      absent: 'impactAssessments: [] (none made)',
      facts: ['manifest:/impactAssessments'],
    },
    '/sensitiveStoresUnassessed': {
      manifest: 'impactAssessments[] covering sensitive-processing, with stores: [ids] (an assessment listing no stores covers the whole system)',
      absent: 'impactAssessments: [] (none made)',
      facts: ['manifest:/impactAssessments'],
    },
    '/sensitiveExports': {
      manifest: 'interfaces[] of kind export or bulk: true, with their returns and masked',
      absent: 'interfaces: [] (none), or masked: [] (nothing masked)',
      facts: ['manifest:/interfaces', '/bulkInterfaces/*/masked'],
    },
    '/system/faceIndividuals': { manifest: 'system.faceIndividuals' },
    '/system/mlpsLevel': { manifest: 'system.mlpsLevel' },
    '/system/faceRecognitionFiling/filed': { manifest: 'system.faceRecognitionFiling.filed', absent: 'faceRecognitionFiling: { filed: false }', facts: ['/system/faceRecognitionFiling'] },
    '/system/incidentResponse': { manifest: 'system.incidentResponse', absent: 'incidentResponse: { plan: false }' },
    '/system/incidentResponse/lastDrill': { manifest: 'system.incidentResponse.lastDrill' },
    '/system/individuals': { manifest: 'system.individuals' },
    '/system/piOfficer': { manifest: 'system.piOfficer', absent: 'piOfficer: { appointed: false }' },
    '/system/childrenPIOfficer': { manifest: 'system.childrenPIOfficer', absent: 'childrenPIOfficer: { appointed: false }' },
    '/system/childrenRules': { manifest: 'system.childrenRules', absent: 'childrenRules: { published: false }' },
    '/system/childrenRules/userAgreement': { manifest: 'system.childrenRules.userAgreement', absent: 'userAgreement: false' },
    '/system/training/lastDate': { manifest: 'system.training.lastDate' },
  },
  build({ index, asOf }) {
    const { inventory } = index;
    const system = inventory.system;
    const categories = [...new Set([...index.stores.values()].flatMap((p) => p.categories))].sort();
    // Sensitive as each store holds them: the taxonomy's, and the children's PI of stores whose subjects are children under 14.
    const sensitive = [...new Set([...index.stores.values()].flatMap((p) => p.sensitiveCategories))].sort();
    const logging = inventory.auditLogging;
    const pias = inventory.impactAssessments;
    const last = system?.complianceAudit?.lastDate;
    const review = logging?.review;
    const devices = deviceFacts(index);
    const bulk = [...index.interfaces.values()].filter((p) => p.interface.kind === 'export' || p.interface.bulk === true);
    return [
      {
        key: system?.id ?? 'system',
        label: system?.id ?? 'system',
        subject: system,
        data: {
          system: system ?? null,
          auditLogging: logging ?? null,
          logRetentionDays: logging?.retention === undefined ? null : (durationDays(logging.retention) ?? Number.MAX_SAFE_INTEGER),
          // Who can delete or alter audit records besides the audit duty: roles of another kind,
          // database logins and individual accounts; null when the inventory does not say.
          auditLogAlterersOutsideAudit:
            logging?.alterableBy === undefined ? null
            : [
                ...(logging.alterableBy.roles ?? []).filter((id) => index.roles.get(id)?.kind !== 'audit').map((id) => `role ${id}`),
                ...(logging.alterableBy.databaseLogins ?? []).map((id) => `database login ${id}`),
                ...(logging.alterableBy.accounts ?? []).map((id) => `account ${id}`),
              ],
          // `review: none` states that logs are never reviewed.
          logReviewDays: review === undefined ? null : review === 'none' ? Number.MAX_SAFE_INTEGER : durationDays(review.every),
          categories,
          sensitiveCategories: sensitive,
          holdsSensitive: sensitive.length > 0,
          childrenPINote: childrenPINote([...index.stores.values()].some((p) => p.childrenCategories.length > 0)),
          holdsFace: categories.some((c) => c.startsWith('biometric.face')),
          // Where the inventory states that the system processes PI of children under 14: stores
          // stating it of their subjects or holding the category, collection points taking it from
          // children (subjects minors-under-14 or mixed, or the category). Empty when no input
          // says so: the children's rules (儿童个人信息网络保护规定, 未成年人网络保护条例) do not apply.
          ...childrenPI(index),
          // Whether a person is designated for children's PI: the designation as stated; false
          // where it is not stated and the PI protection officer is stated not appointed (no one
          // is in charge of PI protection at all); null otherwise.
          childrenPIOfficerAppointed:
            system?.childrenPIOfficer !== undefined ? system.childrenPIOfficer.appointed
            : system?.piOfficer?.appointed === false ? false
            : null,
          impactAssessments: pias,
          // null when no input says which impact assessments were made (`impactAssessments: []` states none).
          piaCovers: pias.length === 0 && !inventory.statedSections.has('impactAssessments') ? null : [...new Set(pias.flatMap((p) => p.covers))].sort(),
          // The assessments of the system's face processing: those stating they cover face
          // recognition, and those of sensitive processing that name a store holding face data (an
          // assessment of that data's processing is the one PIPL Art. 55 and the Face Recognition
          // Measures ask for; neither asks for a document of its own). One that lists no stores is
          // not read as naming the face data. null when not stated.
          faceAssessments: pias.length === 0 && !inventory.statedSections.has('impactAssessments') ? null : faceAssessments(index, pias),
          // Stores holding sensitive PI that no assessment of sensitive processing covers: one
          // covers the stores it lists (a copy with the store it copies), or every store when it
          // lists none. An assessment of one store does not cover another. null when not stated.
          sensitiveStoresUnassessed:
            pias.length === 0 && !inventory.statedSections.has('impactAssessments') ? null : sensitiveStoresUnassessed(index, pias),
          // Whole months since the last compliance audit; "never" (MAX_SAFE_INTEGER) when the
          // inventory says audits are done by nobody and gives no date; null when not stated.
          monthsSinceComplianceAudit:
            last !== undefined ? wholeMonthsBetween(last, asOf)
            : system?.complianceAudit?.by === 'none' ? Number.MAX_SAFE_INTEGER
            : null,
          // Whole months since the incident response plan was last drilled; null when not stated.
          monthsSinceIncidentDrill: system?.incidentResponse?.lastDrill == null ? null : wholeMonthsBetween(system.incidentResponse.lastDrill, asOf),
          monthsSinceTraining: system?.training?.lastDate === undefined ? null : wholeMonthsBetween(system.training.lastDate, asOf),
          // Whether incidents have a notification path: false when there is no plan at all;
          // null when not stated.
          incidentNotificationPath:
            system?.incidentResponse === undefined ? null
            : !system.incidentResponse.plan ? false
            : (system.incidentResponse.notificationPath ?? null),
          // Exports and bulk interfaces (kind export, or bulk: true), and those of them that
          // return sensitive PI unmasked; null when no input states the interfaces, or when one
          // returning sensitive PI does not say what it masks and none is stated to return it unmasked.
          bulkInterfaces: bulk.map((p) => p.interface),
          sensitiveExports: inventory.statedSections.has('interfaces') ? sensitiveExports(index, bulk) : null,
          hasDevices: inventory.devices.length > 0,
          // Kinds of the devices that use the system: a device stated to call none of its
          // interfaces (`interfaces: []`, e.g. a terminal matching a face against an ID card on its
          // own) leaves nothing in this system's audit log to record.
          deviceKinds: devices.kinds,
          // Kinds of the devices whose use shows a person's PI to someone else: a device calling an
          // interface that returns PI and is not stated to serve the data subjects themselves
          // (`selfService: true`). A bar-gun scanning a waybill shows the recipient to the courier;
          // an access-control face terminal whose recognition interface returns nothing
          // (`returns: []`: it records the passage) or only the person's own record
          // (`selfService: true`) shows no one else's, nor does a bulk device function no role is
          // granted (a template download for on-device matching: a machine feed, showsOthersPI).
          // Kinds of devices that do not state their
          // interfaces are `undecidedDeviceKinds`: what they show is not known.
          lookupDeviceKinds: devices.lookupKinds,
          undecidedDeviceKinds: devices.undecidedKinds,
          // Handheld scanners whose interfaces return PI, counting each fleet's units.
          handheldsReachingPI: devices.handheldsReachingPI,
          asOf,
        },
      },
    ];
  },
};

/** The stores and collection points the inventory states hold or collect PI of children under 14 (`childrenPI`: both). */
function childrenPI(index: InventoryIndex): { childrenPI: string[]; childrenPIStores: string[]; childrenPIPoints: string[] } {
  const child = (c: string) => c === 'minor.under-14' || c.startsWith('minor.under-14.');
  const stores = [...index.stores.values()]
    .filter((p) => p.store.subjects?.minorsUnder14 === true || p.store.fields.some((f) => child(f.category)))
    .map((p) => p.store.id)
    .sort();
  const points = index.inventory.collectionPoints
    .filter((p) => p.subjects === 'minors-under-14' || p.subjects === 'mixed' || p.categories.some(child))
    .map((p) => p.id)
    .sort();
  return { childrenPI: [...stores, ...points], childrenPIStores: stores, childrenPIPoints: points };
}

/**
 * What the system view says of the devices, in one pass over them (a national inventory has
 * 230,000 device entries): the kinds that call an interface or do not say (deviceKinds), that show
 * others' PI (lookupDeviceKinds), that do not state their interfaces (undecidedDeviceKinds), each
 * sorted, and the handheld scanners' units whose interfaces return PI.
 */
function deviceFacts(index: InventoryIndex): { kinds: string[]; lookupKinds: string[]; undecidedKinds: string[]; handheldsReachingPI: number } {
  const kinds = new Set<string>();
  const lookupKinds = new Set<string>();
  const undecidedKinds = new Set<string>();
  let handheldsReachingPI = 0;
  const granted = new Set<string>();
  for (const role of index.inventory.roles) for (const grant of role.grants ?? []) if (grant.interface !== undefined) granted.add(grant.interface);
  for (const d of index.inventory.devices) {
    if (d.interfaces === undefined || d.interfaces.length > 0) kinds.add(d.kind);
    if (showsOthersPI(index, d.interfaces, granted) === true) lookupKinds.add(d.kind);
    if (d.interfaces === undefined) undecidedKinds.add(d.kind);
    if (d.kind === 'handheld-scanner' && (d.interfaces ?? []).some((id) => (index.interfaces.get(id)?.returnedCategories.length ?? 0) > 0)) handheldsReachingPI += d.count ?? 1;
  }
  return { kinds: [...kinds].sort(), lookupKinds: [...lookupKinds].sort(), undecidedKinds: [...undecidedKinds].sort(), handheldsReachingPI };
}

/**
 * Whether a device calling these interfaces shows PI to someone other than its subject; undefined
 * when its interfaces are not stated. A machine feed shows no one anything: a device function
 * (kind device-function) no role is granted that delivers records in bulk (`bulk: true`: a
 * terminal downloading its site's face templates for on-device matching, a roster sync) is the
 * device fetching what it needs to work, not a scan showing its user a person's record, as a
 * bar-gun's per-scan lookup is (PIPL-QRY-004 leaves such syncs out the same way).
 */
function showsOthersPI(index: InventoryIndex, interfaces: readonly string[] | undefined, granted: ReadonlySet<string>): boolean | undefined {
  if (interfaces === undefined) return undefined;
  return interfaces.some((id) => {
    const profile = index.interfaces.get(id);
    if (profile === undefined || profile.returnedCategories.length === 0 || profile.interface.selfService === true) return false;
    const machineFeed = profile.interface.kind === 'device-function' && profile.interface.bulk === true && !granted.has(id);
    return !machineFeed;
  });
}

/** The ids of the bulk interfaces returning sensitive PI unmasked (see `sensitiveExports` above). */
function sensitiveExports(index: InventoryIndex, bulk: readonly InterfaceProfile[]): string[] | null {
  const returningSensitive = bulk.filter((p) => index.sensitive(p.returnedCategories).length > 0);
  const unmasked = returningSensitive.filter((p) => p.interface.masked !== undefined && p.unmaskedSensitiveCategories.length > 0).map((p) => p.interface.id);
  if (unmasked.length > 0) return unmasked.sort();
  return returningSensitive.some((p) => p.interface.masked === undefined) ? null : [];
}

/** Whole calendar months from `from` to `to` (YYYY-MM-DD): 2023-01-15 → 2024-01-14 is 11, → 2024-01-15 is 12. */
function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The ids of the assessments of face processing: covering face recognition, or sensitive processing naming a store of face data. */
function faceAssessments(index: InventoryIndex, pias: readonly ImpactAssessment[]): string[] {
  const holdsFace = (storeId: string) => index.stores.get(storeId)?.categories.some((c) => c.startsWith('biometric.face')) === true;
  return pias
    .filter((p) => p.covers.includes('face-recognition') || (p.covers.includes('sensitive-processing') && (p.stores ?? []).some(holdsFace)))
    .map((p) => p.id);
}

/** The ids of the stores holding sensitive PI that no assessment covering sensitive processing covers. */
function sensitiveStoresUnassessed(index: InventoryIndex, pias: readonly ImpactAssessment[]): string[] {
  const assessed = pias.filter((p) => p.covers.includes('sensitive-processing'));
  if (assessed.some((p) => p.stores === undefined || p.stores.length === 0)) return [];
  const covered = new Set(assessed.flatMap((p) => p.stores ?? []));
  return [...index.stores.values()]
    .filter((profile) => profile.sensitiveCategories.length > 0)
    .filter((profile) => !covered.has(profile.store.id) && !(profile.store.copyOf !== undefined && covered.has(profile.store.copyOf)))
    .map((profile) => profile.store.id)
    .sort();
}
