// A view is a list of joined items that rules inspect. Each item has a stable key (the identity
// a fingerprint is made from), a label for people, the entity it is mainly about (for evidence),
// and the data rule conditions are validated against.
import type { ManifestSection } from '../inventory/manifest-schema.js';
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
}
