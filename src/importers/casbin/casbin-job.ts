// What one Casbin import is given and gives back, as plain data: it runs in a worker thread
// (run-casbin-import.ts), so everything crosses the thread boundary in one message each way.
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { Account, Grant } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { CoverageNote } from '../importer.js';
import type { CasbinMapping } from './mapping-schema.js';
import type { PolicyText } from './policy-lines.js';

export interface CasbinJob {
  modelFile: string;
  /** The model file relative to the project folder: the prefix of account ids, the same wherever pipl-audit runs. */
  modelName: string;
  modelText: string;
  policies: PolicyText[];
  mapping: CasbinMapping;
  /** Where the mapping is written in the project file, to point at a wrong entry. */
  mappingPlace?: SourceRef;
  /** The role and interface ids the manifests declare. */
  roleIds: string[];
  interfaceIds: string[];
  /** The accounts the manifests declare, with their roles: a Casbin user of the same id is that account. */
  declaredAccounts: Array<{ id: string; roles: string[] }>;
}

/** A line of a Casbin file (policy line, or the matcher when no policy line decided). */
export interface CasbinPlace {
  file: string;
  line: number;
  column: number;
}

export interface PlacedGrant {
  role: string;
  grant: Grant;
  at: CasbinPlace;
}

export type CasbinOutcome =
  | { ok: true; grants: PlacedGrant[]; accounts: Array<{ account: Account; at: CasbinPlace }>; warnings: Diagnostic[]; coverage: CoverageNote[]; undecided?: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };
