// One item per client of an identity realm, with whether the realm's accounts reach personal
// information (a client of such a realm hands out tokens that open PI) and its wildcard redirects.
import { realmReach } from './identity-realm-view.js';
import type { ViewDefinition } from './view.js';

/** A redirect URI with a wildcard: `*`, a scheme or host wildcard, or a path ending in `/*`. */
export function isWildcardRedirect(uri: string): boolean {
  return uri.includes('*');
}

export const identityClientView: ViewDefinition = {
  name: 'identity-client',
  reads: ['identityClients', 'identityRealms', 'accounts', 'roles', 'stores', 'interfaces'],
  description: 'every client of an identity realm with its flows, scope, wildcard redirect URIs and whether its realm holds accounts reaching PI',
  statedBy: {
    '/client/directAccessGrants': { manifest: 'Keycloak client directAccessGrantsEnabled', export: { zh: 'Keycloak：客户端的 directAccessGrantsEnabled', en: 'Keycloak: the client\'s directAccessGrantsEnabled' } },
    '/client/fullScopeAllowed': { manifest: 'Keycloak client fullScopeAllowed', export: { zh: 'Keycloak：客户端的 fullScopeAllowed', en: 'Keycloak: the client\'s fullScopeAllowed' } },
    '/wildcardRedirectUris': { manifest: 'Keycloak client redirectUris', facts: [], export: { zh: 'Keycloak：客户端的 redirectUris', en: 'Keycloak: the client\'s redirectUris' } },
  },
  build({ index }) {
    const reach = realmReach(index);
    return index.inventory.identityClients.map((client) => {
      const r = reach.get(client.realm);
      const categories = r?.categories ?? [];
      return {
        key: client.id,
        label: client.id,
        subject: client,
        data: {
          client,
          active: client.enabled !== false,
          builtIn: client.builtIn === true,
          wildcardRedirectUris: (client.redirectUris ?? []).filter(isWildcardRedirect),
          realmHoldsPI: categories.length > 0,
          realmCategories: categories,
          realmSensitiveCategories: r?.sensitiveCategories ?? [],
        },
      };
    });
  },
};
