// The views rules can select, by name.
import { accountView } from './account-view.js';
import { codeCredentialView } from './code-credential-view.js';
import { codeQueryView } from './code-query-view.js';
import { codeRouteView } from './code-route-view.js';
import { codeStoreView } from './code-store-view.js';
import { collectionPointView } from './collection-point-view.js';
import { credentialPolicyView } from './credential-policy-view.js';
import { databaseLoginView } from './database-login-view.js';
import { databaseTableView } from './database-table-view.js';
import { deviceView } from './device-view.js';
import { discoveredTableView } from './discovered-table-view.js';
import { flowView } from './flow-view.js';
import { grantView } from './grant-view.js';
import { identityClientView } from './identity-client-view.js';
import { identityRealmView } from './identity-realm-view.js';
import { interfaceView } from './interface-view.js';
import { roleView } from './role-view.js';
import { storeView } from './store-view.js';
import { systemView } from './system-view.js';
import type { ViewContext, ViewDefinition, ViewItem } from './view.js';

export const VIEWS: readonly ViewDefinition[] = [
  systemView,
  storeView,
  interfaceView,
  roleView,
  grantView,
  accountView,
  credentialPolicyView,
  deviceView,
  flowView,
  collectionPointView,
  databaseLoginView,
  databaseTableView,
  discoveredTableView,
  identityRealmView,
  identityClientView,
  codeRouteView,
  codeQueryView,
  codeCredentialView,
  codeStoreView,
];

export const VIEW_NAMES = VIEWS.map((v) => v.name);

/** Builds views on first use only: an audit whose rules never select a view never pays for it. */
export class ViewCache {
  private readonly built = new Map<string, ViewItem[]>();
  constructor(private readonly context: ViewContext) {}

  get(name: string): ViewItem[] {
    let items = this.built.get(name);
    if (!items) {
      const view = VIEWS.find((v) => v.name === name);
      if (!view) throw new Error(`unknown view "${name}"`);
      items = view.build(this.context);
      this.built.set(name, items);
    }
    return items;
  }

  /** Forgets a built view (no rule left selects it); a later get() builds it again. */
  release(name: string): void {
    this.built.delete(name);
  }
}
