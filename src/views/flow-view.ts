// One item per flow of PI to a recipient: the categories that leave, whether any is sensitive,
// the impact assessment it rests on, and whether it crosses the border.
import { durationDays } from './duration.js';
import { controllerReturnedTo } from './flow-controller-return.js';
import { childrenPINote } from '../i18n/children-pi-text.js';
import { unique } from './inventory-index.js';
import type { ViewDefinition } from './view.js';
import type { InventoryIndex } from './inventory-index.js';
import type { Account, Flow, Role } from '../inventory/manifest-schema.js';

/** The terms PIPL Art. 21 and NDSMR Art. 12 expect an entrustment contract to settle. */
const CONTRACT_TERMS = ['purpose', 'term', 'method', 'categories', 'protection', 'returnOrDelete', 'noSubEntrustment'] as const;

export const flowView: ViewDefinition = {
  name: 'flow',
  reads: ['flows', 'stores', 'roles', 'collectionPoints'],
  description: 'every flow to a recipient with the categories it carries, its consent, contract, PIA and records',
  statedBy: {
    '/assessmentCovers': { manifest: 'impactAssessments[] naming the flow (flows: [id]) or flows[].impactAssessment (naming an assessment that lists no flows)', absent: 'impactAssessments: [] (none made)', facts: ['manifest:/impactAssessments', '/flow/impactAssessment'] },
    '/listingAssessmentCovers': { manifest: 'impactAssessments[].covers of the assessments naming the flow (flows: [id])', absent: 'impactAssessments: [] (none made)', facts: ['manifest:/impactAssessments'] },
    '/assessedAfterLastChange': { manifest: 'flows[].lastChanged and impactAssessments[].date', facts: ['/flow/lastChanged'] },
    '/flow/encryptedInTransit': { manifest: 'flows[].encryptedInTransit', absent: 'encryptedInTransit: false' },
    '/flow/lastChanged': { manifest: 'flows[].lastChanged' },
    '/flow/legalBasis': { manifest: 'flows[].legalBasis (PIPL Art. 13 basis; legal-duty for a provision a law requires)', absent: 'legalBasis: consent (or contract: not a statutory channel)' },
    '/crossBorder': { manifest: 'flows[].recipient.country', facts: [] },
    '/financialGrades': { manifest: 'flows[].stores and flows[].categories', facts: [] },
    '/flow/access': { manifest: 'flows[].access' },
    '/flow/access/method': { manifest: 'flows[].access.method' },
    '/flow/access/managed': { manifest: 'flows[].access.managed', absent: 'managed: false' },
    '/accessManaged': {
      manifest: 'flows[].access.managed, or both flows[].access.inventoried and .revocable',
      absent: 'managed: false (or inventoried: false, or revocable: false)',
      facts: ['/flow/access/managed', '/flow/access/inventoried', '/flow/access/revocable'],
    },
    '/flow/access/expires': { manifest: 'flows[].access.expires', absent: 'expires: none' },
    '/flow/consent': { manifest: 'flows[].consent', absent: 'consent: none' },
    '/flow/contract': { manifest: 'flows[].contract', absent: 'contract: { present: false }' },
    '/flow/contract/present': { manifest: 'flows[].contract.present', absent: 'present: false' },
    ...Object.fromEntries(CONTRACT_TERMS.map((t) => [`/flow/contract/${t}`, { manifest: `flows[].contract.${t}`, absent: `${t}: false` }])),
    '/contractTermsMissing': { manifest: 'flows[].contract', facts: ['/flow/contract'] },
    '/flow/crossBorderMechanism': { manifest: 'flows[].crossBorderMechanism', absent: 'crossBorderMechanism: none' },
    '/flow/subjectsPerYear': { manifest: 'flows[].subjectsPerYear (individuals whose PI the flow provides in a calendar year)' },
    '/reachesSensitive': { manifest: 'flows[].stores and flows[].categories (the sensitive categories of the stores)', facts: [] },
    '/flow/records': { manifest: 'flows[].records', absent: 'records: { kept: false }' },
    '/recipient/kind': { manifest: 'flows[].recipient.kind', facts: [] },
    '/recipientIdentities': {
      manifest: "roles[].recipientFlow (a cloud-policy source's mapping.principals: { <principal>: { flow: <flow id> } }), or accounts whose entrustment (accounts[].entrustment, or accounts[].organisation naming the recipient) is the flow",
      facts: ['/recipientRoles/*/recipientFlow', '/recipientAccounts/*/entrustment', '/recipientAccounts/*/organisation'],
      export: { en: "the cloud-policy source's mapping.principals in the project file", zh: '项目文件中 cloud-policy 来源的 mapping.principals' },
    },
    '/reachBeyondFlow': {
      manifest: "roles[].recipientFlow and the grants of those roles (a cloud-policy source's mapping.principals), or the roles of accounts whose entrustment is the flow",
      facts: ['/recipientRoles/*/recipientFlow', '/recipientAccounts/*/entrustment', '/recipientAccounts/*/organisation'],
      export: { en: "the cloud-policy source's mapping.principals in the project file", zh: '项目文件中 cloud-policy 来源的 mapping.principals' },
    },
    '/cloudPrincipalsRead': { manifest: 'a cloud-policy source (RAM / CAM principals read from a bundle)', facts: [] },
    '/recordsRetentionDays': { manifest: 'flows[].records.retention', facts: ['/flow/records/retention'] },
  },
  build({ index }) {
    // Whether the audit reads cloud principals (RAM / CAM policy statements, whose grant pattern
    // names the statement and its policy): only then can a recipient's principal be named among them.
    const cloudPrincipalsRead = index.inventory.roles.some((r) => r.grants?.some((g) => CLOUD_STATEMENT.test(g.pattern ?? '')));
    const pias = new Map(index.inventory.impactAssessments.map((p) => [p.id, p]));
    return index.inventory.flows.map((flow) => {
      const held = unique(flow.stores.flatMap((id) => index.stores.get(id)?.categories ?? []));
      const categories = flow.categories ? held.filter((c) => flow.categories?.some((f) => c === f || c.startsWith(f + '.'))) : held;
      // Sensitive as each store holds them: a category carried from a children's store is children's
      // PI (PIPL Art. 28), the same category from another store may not be.
      const profiles = flow.stores.map((id) => index.stores.get(id));
      const sensitive = categories.filter((c) => profiles.some((p) => p?.categories.includes(c) && index.sensitiveIn(p, [c]).length > 0));
      const children = categories.filter((c) => profiles.some((p) => index.childrenIn(p, [c]).length > 0));
      const retention = flow.records?.retention;
      // The PIA the flow names, and any PIA that lists the flow.
      // An assessment covers the flow when it lists the flow, or when the flow names it and it states
      // no list of its own: an assessment whose own `flows` leave this flow out says it did not
      // assess it, whatever the flow's reference claims.
      const covering = index.inventory.impactAssessments.filter((p) => (p.flows ?? []).includes(flow.id) || (p.id === flow.impactAssessment && p.flows === undefined));
      return {
        key: flow.id,
        label: `${flow.id} → ${flow.recipient.name}`,
        subject: flow,
        data: {
          flow,
          recipient: flow.recipient,
          categories,
          sensitiveCategories: sensitive,
          reachesSensitive: sensitive.length > 0,
          childrenPINote: childrenPINote(children.length > 0),
          // JR/T 0171-2020 grades of the categories carried (from the taxonomy), and which carry each.
          financialGrades: [...new Set(categories.map((c) => index.taxonomy.get(c)?.financialGrade).filter((g) => g !== undefined))].sort(),
          categoriesByGrade: {
            C1: categories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C1'),
            C2: categories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C2'),
            C3: categories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C3'),
          },
          impactAssessment: (flow.impactAssessment && pias.get(flow.impactAssessment)) ?? null,
          crossBorder: flow.recipient.country !== undefined && flow.recipient.country.toUpperCase() !== 'CN',
          // The controller on whose behalf the flow's data was collected, where the flow returns it
          // to that controller (flow-controller-return.ts); null otherwise.
          returnsToController: controllerReturnedTo(index.inventory.collectionPoints, flow),
          // The terms a contract is stated not to settle (`purpose: false`), every term when there is
          // none (`present: false`); null when no contract is stated. A term left out is not missing:
          // PIPL-PROV-002 needs it stated.
          contractTermsMissing: flow.contract === undefined ? null : flow.contract.present === false ? [...CONTRACT_TERMS] : CONTRACT_TERMS.filter((t) => flow.contract?.[t] === false),
          coveringAssessments: covering,
          // null when no input says which impact assessments were made (`impactAssessments: []` states none).
          assessmentCovers: covering.length === 0 && !index.inventory.statedSections.has('impactAssessments') ? null : [...new Set(covering.flatMap((p) => p.covers))].sort(),
          // What the assessments that list this flow by id (flows: [id]) cover. Such an assessment
          // assessed this very flow; whether it files it under entrustment or provision is its label
          // for one item of PIPL Art. 55 (item 3: 委托处理、向其他个人信息处理者提供), whose content
          // Art. 56 sets alike. An assessment the flow only refers to says what it assessed by its
          // covers alone. Empty when none lists the flow; null, like assessmentCovers, when no input
          // says which assessments were made.
          listingAssessmentCovers: covering.length === 0 && !index.inventory.statedSections.has('impactAssessments') ? null : [...new Set(covering.filter((p) => (p.flows ?? []).includes(flow.id)).flatMap((p) => p.covers))].sort(),
          latestAssessment: latestDate(covering.map((p) => p.date)),
          // null when the flow does not say when it last changed; true when an assessment is dated on or after that day.
          assessedAfterLastChange: flow.lastChanged === undefined || covering.length === 0 ? null : covering.some((p) => p.date >= (flow.lastChanged ?? '')),
          recordsRetentionDays: retention === undefined ? null : (durationDays(retention) ?? Number.MAX_SAFE_INTEGER),
          accessManaged: accessManaged(flow.access),
          // The recipient's own access identities (roles stating `recipientFlow`: a vendor's cloud
          // principal, tied by a cloud-policy mapping) and what they read beyond the flow: a store
          // the flow does not list, or a category of a listed store outside the flow's categories.
          // null when no identity is tied to the flow (PIPL-PROV-008 then says NOT_EVALUATED).
          ...recipientReach(index, flow),
          cloudPrincipalsRead,
        },
      };
    });
  },
};

/** A grant read from a RAM / CAM policy statement: its pattern names the statement and its policy (as PIPL-CLOUD-002 reads it). */
const CLOUD_STATEMENT = / on .* \(policy [^)]+\)$/;

/** The category of the number a processor gives each record (an employee, member or patient number). */
const RECORD_NUMBER = 'identity.member-id';
/** Categories that identify a person outright: a flow giving one provides identified records. */
const RECORD_IDENTIFIERS = ['identity.name', 'identity.id-number', 'identity.passport'];

/** Actions that take PI out of a store to the holder (a write-only identity reads no one's). */
const READING = new Set(['read', 'export', 'print', 'copy', 'manage']);

function recipientReach(index: InventoryIndex, flow: Flow): { recipientRoles: Role[] | null; recipientAccounts: Account[] | null; recipientIdentities: string[] | null; reachBeyondFlow: string[] | null } {
  const roles = index.inventory.roles.filter((r) => r.recipientFlow === flow.id);
  // The recipient's staff working in the system under the flow (an entrusted processor's people
  // with accounts of their own): the roles they hold are the recipient's identities too.
  const accounts = index.recipientAccounts(flow.id);
  const holders = new Map<string, string[]>();
  for (const account of accounts) {
    for (const roleId of account.roles ?? []) {
      const list = holders.get(roleId);
      if (list) list.push(account.id);
      else holders.set(roleId, [account.id]);
    }
  }
  const identityOf = new Map<string, string>(roles.map((r) => [r.id, r.id]));
  for (const [roleId, ids] of holders) {
    if (!identityOf.has(roleId)) identityOf.set(roleId, `${roleId} (${accountSample(ids)})`);
  }
  const identities = [...identityOf.values()].sort();
  if (identities.length === 0) return { recipientRoles: null, recipientAccounts: null, recipientIdentities: null, reachBeyondFlow: null };
  const listed = new Set(flow.stores);
  const covers = (c: string) => flow.categories === undefined || flow.categories.some((f) => c === f || c.startsWith(f + '.'));
  // The number the processor gives each record (identity.member-id: an employee or member number)
  // of a store the flow lists, where the flow provides those records identified (a name or an ID
  // document number among its categories): it keys the same people's records the recipient is
  // given and tells it nothing more about them, so it is no category beyond the flow.
  const identified = RECORD_IDENTIFIERS.some(covers);
  const inFlow = (c: string) => covers(c) || (identified && (c === RECORD_NUMBER || c.startsWith(`${RECORD_NUMBER}.`)));
  // What each identity reads beyond the flow, per store (several grants on one store are one line).
  const beyond = new Map<string, Set<string>>();
  for (const [roleId, identity] of identityOf) {
    for (const { grant } of index.effectiveGrants(roleId)) {
      if (!grant.actions.some((a) => READING.has(a))) continue;
      const { profile, categories } = index.grantReach(grant);
      if (!profile || categories.length === 0) continue;
      const store = profile.store.id;
      const outside = listed.has(store) ? categories.filter((c) => !inFlow(c)) : categories;
      if (outside.length === 0) continue;
      const line = `${identity} → ${store}`;
      const set = beyond.get(line);
      if (set) for (const c of outside) set.add(c);
      else beyond.set(line, new Set(outside));
    }
  }
  const reachBeyondFlow = [...beyond].map(([line, set]) => `${line}: ${[...set].sort().join(', ')}`).sort();
  return { recipientRoles: roles.length > 0 ? roles : null, recipientAccounts: accounts.length > 0 ? accounts : null, recipientIdentities: identities, reachBeyondFlow };
}

/** Up to three account ids and how many more: the holders named beside a role a recipient's staff hold. */
function accountSample(ids: string[]): string {
  const sorted = [...ids].sort();
  const shown = sorted.slice(0, 3).join(', ');
  return sorted.length > 3 ? `${shown} +${sorted.length - 3}` : shown;
}

function latestDate(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

/**
 * Whether the recipient's access (keys, remote access, file transfers) is managed: false when any
 * of managed, inventoried or revocable is stated false (files sent with no record of what went to
 * whom, a share that cannot be withdrawn); true when managed is stated, or both inventoried and
 * revocable are; null (not stated) otherwise.
 */
function accessManaged(access: { managed?: boolean; inventoried?: boolean; revocable?: boolean } | undefined): boolean | null {
  if (!access) return null;
  if (access.managed === false || access.inventoried === false || access.revocable === false) return false;
  if (access.managed === true || (access.inventoried === true && access.revocable === true)) return true;
  return null;
}
