// One item per client of an identity realm, with whether the realm's accounts reach personal
// information (a client of such a realm hands out tokens that open PI; null when the export does not
// say) and its redirect URIs by what Keycloak lets them match.
import { classifyRedirectUri } from './redirect-uri.js';
import { realmGuardsPI, realmReach } from './identity-realm-view.js';
import type { ViewDefinition } from './view.js';


export const identityClientView: ViewDefinition = {
  name: 'identity-client',
  reads: ['identityClients', 'identityRealms', 'accounts', 'roles', 'stores', 'interfaces'],
  description: 'every client of an identity realm with its flows, scope, redirect URIs admitting any host or a path wildcard, and whether its realm guards PI',
  statedBy: {
    '/client/directAccessGrants': { manifest: 'Keycloak client directAccessGrantsEnabled', export: { zh: 'Keycloak：客户端的 directAccessGrantsEnabled', en: 'Keycloak: the client\'s directAccessGrantsEnabled' } },
    '/client/fullScopeAllowed': { manifest: 'Keycloak client fullScopeAllowed', export: { zh: 'Keycloak：客户端的 fullScopeAllowed', en: 'Keycloak: the client\'s fullScopeAllowed' } },
    '/anyHostRedirectUris': { manifest: 'Keycloak client redirectUris', facts: [], export: { zh: 'Keycloak：客户端的 redirectUris', en: 'Keycloak: the client\'s redirectUris' } },
  },
  build({ index }) {
    const reach = realmReach(index);
    const realms = new Map(index.inventory.identityRealms.map((realm) => [realm.id, realm]));
    return index.inventory.identityClients.map((client) => {
      const r = reach.get(client.realm);
      const redirects = (client.redirectUris ?? []).map((uri) => ({ uri, admits: classifyRedirectUri(uri) }));
      const categories = r?.categories ?? [];
      return {
        key: client.id,
        label: client.id,
        subject: client,
        data: {
          client,
          active: client.enabled !== false,
          builtIn: client.builtIn === true,
          // As Keycloak matches them: patterns that let the login result go to any host, and
          // path wildcards on one fixed host (not the same risk; not reported by PIPL-IDP-006).
          anyHostRedirectUris: redirects.filter((r) => r.admits === 'any-host').map((r) => r.uri),
          pathWildcardRedirectUris: redirects.filter((r) => r.admits === 'path').map((r) => r.uri),
          realmHoldsPI: realmGuardsPI(index, realms.get(client.realm), r),
          realmCategories: categories,
          realmSensitiveCategories: r?.sensitiveCategories ?? [],
        },
      };
    });
  },
};
