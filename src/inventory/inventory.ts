// The one normalised model every importer produces and every view reads.
import type {
  Account,
  CodeBase,
  CodeCredentialSite,
  CodeRoute,
  AuditLogging,
  CollectionPoint,
  CredentialPolicy,
  DatabaseLogin,
  DatabaseTable,
  DiscoveredTable,
  DeletionJob,
  Device,
  Flow,
  IdentityClient,
  IdentityRealm,
  ImpactAssessment,
  Interface,
  Role,
  Store,
  SystemInfo,
} from './manifest-schema.js';
import { Provenance } from './provenance.js';
import type { ProjectCategory } from '../taxonomy/taxonomy-schema.js';

export interface InputFile {
  path: string;
  sha256: string;
  format: string;
}

export interface Inventory {
  system?: SystemInfo;
  auditLogging?: AuditLogging;
  stores: Store[];
  interfaces: Interface[];
  roles: Role[];
  accounts: Account[];
  credentialPolicies: CredentialPolicy[];
  devices: Device[];
  flows: Flow[];
  collectionPoints: CollectionPoint[];
  deletionJobs: DeletionJob[];
  impactAssessments: ImpactAssessment[];
  databaseLogins: DatabaseLogin[];
  databaseTables: DatabaseTable[];
  discoveredTables: DiscoveredTable[];
  identityRealms: IdentityRealm[];
  identityClients: IdentityClient[];
  codeBases: CodeBase[];
  codeRoutes: CodeRoute[];
  codeCredentialSites: CodeCredentialSite[];
  /** PI categories the project adds to the shipped taxonomy. */
  categories: ProjectCategory[];
  provenance: Provenance;
  /** Every file read, with its hash: the inputs of the evidence record. */
  inputs: InputFile[];
  /**
   * The list sections some input states, even as an empty list: `deletionJobs: []` states that
   * there is no deletion job; a section no input mentions states nothing.
   */
  statedSections: Set<string>;
}

export function emptyInventory(): Inventory {
  return {
    stores: [],
    interfaces: [],
    roles: [],
    accounts: [],
    credentialPolicies: [],
    devices: [],
    flows: [],
    collectionPoints: [],
    deletionJobs: [],
    impactAssessments: [],
    databaseLogins: [],
    databaseTables: [],
    discoveredTables: [],
    identityRealms: [],
    identityClients: [],
    codeBases: [],
    codeRoutes: [],
    codeCredentialSites: [],
    categories: [],
    provenance: new Provenance(),
    inputs: [],
    statedSections: new Set(),
  };
}
