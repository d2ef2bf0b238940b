// One item per place in code that handles credentials: password hashing, a literal password, a
// JWT being signed, a session cookie being set, a signing or encryption key given to a library
// (the key itself is never in the view: only where it comes from, its length and a masked form).
import type { ViewDefinition } from './view.js';
import { tokenReach } from './token-reach.js';
import type { CodeCredentialSite } from '../inventory/manifest-schema.js';

export const codeCredentialView: ViewDefinition = {
  name: 'code-credential',
  reads: ['codeCredentialSites'],
  description: 'every credential-handling site in code (password hashing, literal passwords, JWT signing, session cookies, signing and encryption keys)',
  statedBy: {
    '/expiresInSeconds': { manifest: 'codeCredentialSites[].expiresInSeconds (code scan: the expiresIn option of jwt.sign)', absent: 'expiresInSeconds: none', facts: ['/site/expiresInSeconds'] },
    '/ivFixed': { manifest: 'codeCredentialSites[].keySource of a cipher-iv site (code scan: literal, fallback-literal, environment or file is one fixed value; random is generated per call; unstated when the scan cannot trace it)', facts: [] },
    '/ownRecordsToken': { manifest: "codeCredentialSites[].signedRoles (code scan: the role claim the token is signed with), the code routes a holder of those roles can call and interfaces[].selfService of the interfaces they serve", facts: [] },
    '/site/algorithm': { manifest: 'codeCredentialSites[].algorithm (code scan)' },
    '/site/hardCoded': { manifest: 'codeCredentialSites[].hardCoded (code scan: where the key given to the library comes from; unstated when the scan cannot trace it)', absent: 'hardCoded: false' },
    '/site/cost': { manifest: 'codeCredentialSites[].cost (code scan)' },
    '/site/httpOnly': { manifest: 'codeCredentialSites[].httpOnly (code scan)', absent: 'httpOnly: false' },
    '/site/iterations': { manifest: 'codeCredentialSites[].iterations (code scan)' },
    '/site/salted': { manifest: 'codeCredentialSites[].salted (code scan)' },
    '/site/secure': { manifest: 'codeCredentialSites[].secure (code scan)', absent: 'secure: false' },
    '/site/strengthScore': { manifest: 'codeCredentialSites[].strengthScore (code scan)' },
  },
  build({ index }) {
    return index.inventory.codeCredentialSites.map((site) => {
      const reach = site.kind === 'jwt' ? tokenReach(index, site) : null;
      return {
      key: site.id,
      label: `${site.kind} ${site.id}`,
      subject: site,
      data: {
        site,
        kind: site.kind,
        expiresInSeconds: site.expiresInSeconds ?? null,
        // A JWT whose roles (named in its payload) reach only routes serving self-service
        // interfaces: the individual's own token, opening their own records (token-reach.ts).
        ...(reach ? { ownRecordsToken: reach.ownRecordsOnly, tokenInterfaces: reach.interfaces, tokenRoles: site.signedRoles ?? [] } : {}),
        // Which key this is, for grouping (one key is one cause, PIPL-CODE-010 and -013): the scan's
        // keyId, the same for every site given the same literal value in a code base (a secret
        // written in two files, under two option names, is one key) and never the key itself; for a
        // site stated without a keyId, the name it is given under with its masked form and length.
        keyCause: site.keyId ?? keyCauseOf(site),
        // An IV or nonce given to a cipher: one fixed value for every encryption (a literal, a
        // literal fallback, the environment, a file) or a fresh random one per call; unstated
        // when the scan cannot trace it.
        ...(site.keyUse === 'cipher-iv' && site.keySource !== undefined && site.keySource !== 'unknown' ? { ivFixed: site.keySource !== 'random' } : {}),
        // What a repeated IV costs in the cipher's mode (a term naming the consequence, for the
        // message only: it decides nothing); the generic wording when the mode is not known.
        ...(site.keyUse === 'cipher-iv' ? { ivReuse: `iv-reuse-${site.cipherMode && site.cipherMode !== 'cfb' ? site.cipherMode : 'unknown'}` } : {}),
      },
      };
    });
  },
};

/** A key stated without a keyId, named by what is stated of it (its name, masked form, length); null when nothing is. */
function keyCauseOf(site: CodeCredentialSite): string | null {
  const parts = [site.name, site.keyPreview, site.keyBytes === undefined ? undefined : String(site.keyBytes)].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? null : parts.join(' / ');
}
