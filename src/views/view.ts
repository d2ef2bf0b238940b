// A view is a list of joined items that rules inspect. Each item has a stable key (the identity
// a fingerprint is made from), a label for people, the entity it is mainly about (for evidence),
// and the data rule conditions are validated against.
import type { ManifestSection } from '../inventory/manifest-schema.js';
import type { Bilingual } from '../i18n/bilingual.js';
import type { InventoryIndex } from './inventory-index.js';

export interface ViewItem {
  key: string;
  label: string;
  /** The entity the item is mainly about; its source location is the first piece of evidence. */
  subject: object | undefined;
  /** The same fact as other sources state it (one item per cause, not per source): each is cited too. */
  alsoStatedBy?: readonly object[];
  data: Record<string, unknown>;
}

export interface ViewContext {
  index: InventoryIndex;
  /** The date the audit speaks for (YYYY-MM-DD), for ages such as days since last login. */
  asOf: string;
}

export interface ViewDefinition {
  name: string;
  /** The inventory sections its items are built from: when an export supplying one could not be read, rules on this view say so. */
  reads: readonly ManifestSection[];
  description: string;
  build(context: ViewContext): ViewItem[];
  /**
   * Which input states each item field a rule may need (by item path). A field missing here
   * cannot be named in a rule's `needs` (tests/rule-needs.test.ts checks every rule).
   */
  statedBy: Readonly<Record<string, StatedBy>>;
}

/** Where a view field comes from: the manifest key that states it and, for imported entities, the export setting that would. */
export interface StatedBy {
  /** The manifest key, e.g. `interfaces[].rateLimit`. */
  manifest: string;
  /** How to state the field as absent (`none`, `false`), when the field can be absent. */
  absent?: string;
  /**
   * The item paths of the stated values the field is computed from (an entity's own key, e.g.
   * `/interface/masked`); omitted when the field is itself such a value.
   */
  facts?: readonly string[];
  /** For entities an importer reads from an export: the export setting that states the field. */
  export?: Bilingual;
}
