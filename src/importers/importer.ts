// The one small interface every importer implements (as knip's plugins do): a format name, the
// file endings it reads, a content-based detector, the schema of its project-file options and
// mapping, and a loader that turns one source (one or more files) into a partial inventory.
import type { TSchema } from '@sinclair/typebox';
import type { AssumedMarks } from '../inventory/assumed-facts.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Account, Grant, Manifest, ManifestSection } from '../inventory/manifest-schema.js';
import type { SourceRef } from '../inventory/provenance.js';
import type { Locator } from '../sources/locator.js';
import type { SourceInput } from '../sources/source-input.js';

/** A source object the import could not tie to the manifest: listed, never silently dropped. */
export interface CoverageNote {
  file: string;
  /** JSON pointer (JSON sources) or the importer's own pointer, resolved to a line like evidence. */
  pointer?: string;
  line?: number;
  column?: number;
  /** What kind of object: role, user, table, column, policy, object, login, function … */
  kind: string;
  /** Its name in the source. */
  name: string;
  /** Why it is not in the inventory, or what it would take to map it. */
  note: string;
  /** The same in Chinese (reports in Chinese show it; without it they show `note`). */
  noteZh?: string;
}

/** A grant an export adds to a role the manifest (or another source) defines. */
export interface RoleGrantAddition {
  role: string;
  grant: Grant;
  /** Where the grant was read from (evidence for rules on it). */
  place: SourceRef;
}

/** Facts a source states about one account another source defines (an HR staff list's leaver). */
export interface AccountFact {
  account: Account;
  set: Partial<Account>;
  /** Where each fact is stated (a row of the staff list). */
  places: Partial<Record<keyof Account, SourceRef>>;
  /**
   * The facts are inferred from the account being of this type (a staff list's "matches no one, so
   * an outsider" holds only for a personal account): where a manifest overlay then states another
   * type (a shared account), they are withdrawn, left unstated.
   */
  restsOnType?: Account['type'];
  /**
   * Keys of `set` the source only infers (a staff list's "not on the list, so outside"): they
   * replace an importer's assumption like any fact, but stay assumptions themselves, so a fact
   * the account's export or a manifest overlay states wins over them without a conflict.
   */
  assumed?: ReadonlyArray<keyof Account>;
}

/** Objects at element `indices[k]` of the list at `pointer` in `file`, followed by `suffix` ('' for the element itself). */
export interface ElementPlaces {
  readonly file: string;
  readonly pointer: string;
  readonly suffix: string;
  readonly objects: object[];
  readonly indices: number[];
}

export interface ImportResult {
  /** The entities found, in manifest form (ids of mapped objects are the manifest's ids). */
  manifest: Manifest;
  /**
   * Where each entity object of `manifest` came from, when that is not its manifest place in
   * the source's first file (`/stores/3`). JSON sources name a pointer into the export;
   * line-based sources name a pointer of their own that one of `locators` resolves. Objects
   * inside entities may be placed too (an account's password storage, a login's reads, a route's
   * queries in another file), so evidence passing through them cites their own line.
   */
  places?: Map<object, SourceRef>;
  /**
   * Objects placed as elements of a list of a JSON source (`/users/17`), or at one path inside
   * each element (`/users/17/credentials/0`): recorded by list and index, with no place object,
   * pointer string or map entry per object — an export of 300,000 users places each user's
   * account and password storage. An object is placed here or in `places`, not both.
   */
  elementPlaces?: ElementPlaces[];
  /**
   * Assumptions about objects of `manifest` (facts the export has no field for), marked in the
   * inventory only when a manifest overlay or account facts may replace them (assumed-facts.ts);
   * an importer may also mark them itself (markAssumed).
   */
  assumed?: AssumedMarks;
  /** Sections whose ids the importer made unique among its own entities (the inventory then checks them only against other sources'). */
  uniqueIds?: readonly ManifestSection[];
  /** Grants the source adds to roles defined elsewhere. */
  grants?: RoleGrantAddition[];
  /** Locators for every file named in `places` that is not a YAML/JSON document. */
  locators?: Locator[];
  /** Warnings that do not stop the import. */
  warnings: Diagnostic[];
  /** Source objects left out of the inventory, with why. */
  coverage?: CoverageNote[];
  /**
   * What the import could not decide (e.g. permissions a Casbin matcher leaves to an application's
   * own function): what was decided is still used, and rules over what this source supplies say
   * NOT_EVALUATED with these reasons, never PASS.
   */
  undecided?: Diagnostic[];
  /**
   * Facts the source states about accounts other sources define (an HR staff list: who has left,
   * who is no employee), asked once every source is merged and before the manifests' overlays.
   * A fact another export states wins (a warning names both); an importer's assumption is replaced.
   */
  accountFacts?: (accounts: readonly Account[]) => {
    facts: AccountFact[];
    warnings: Diagnostic[];
    /** Warnings that turn on what the manifests' overlays state (an account's unit), asked once they apply. */
    afterOverlays?: (accounts: readonly Account[]) => Diagnostic[];
  };
}

export interface ImportContext {
  /** The working directory display paths are relative to. */
  cwd: string;
  /** The folder file paths in `options` are relative to: the project file's, else the working directory. */
  baseDir: string;
  /** The source entry's `options` from the project file (validated against `optionsSchema`), or {}. */
  options: Record<string, unknown>;
  /** The source entry's `mapping` from the project file (validated against `mappingSchema`), or {}. */
  mapping: Record<string, unknown>;
  /** Where the mapping is written (project file and pointer), to point at a wrong mapping entry. */
  mappingPlace?: SourceRef;
  /** What the manifests declare, read-only: lets an import check the ids its mapping names. */
  declared: Inventory;
}

export interface Importer {
  /** Short format name, as written in a project file's `type:`. */
  readonly format: string;
  readonly title: string;
  /** File name endings (lower case, with the dot) this format is read from when discovering. */
  readonly extensions: readonly string[];
  /** The inventory sections an import of this format can supply: rules over them cannot be trusted when it fails. */
  readonly supplies: readonly ManifestSection[];
  /** Project-file `options` and `mapping` for this type (published in the project schema). */
  readonly optionsSchema?: TSchema;
  readonly mappingSchema?: TSchema;
  /** Keys of `options` that name a file or folder: kept inside the project folder like every path in the project file. */
  readonly pathOptions?: readonly string[];
  /** True when the file is of this format (decided by content, not file name). */
  detect(input: SourceInput): boolean;
  /**
   * Groups detected files into sources (e.g. a Casbin model with the policies beside it); by
   * default each file is a source of its own.
   */
  group?(inputs: SourceInput[]): SourceInput[][];
  /**
   * Starts slow work that load() will need (e.g. the process running an embedded database) as soon
   * as the source's files are read, so that it runs beside the manifests and the other imports.
   * Never throws: load() reports every problem. Returns what abandons the work should load() not
   * be called for these inputs.
   */
  prepare?(inputs: SourceInput[], options: Record<string, unknown>): (() => void) | undefined;
  /** Turns the source's files into manifest entities; throws InputError when it cannot. */
  load(inputs: SourceInput[], context: ImportContext): ImportResult | Promise<ImportResult>;
}
