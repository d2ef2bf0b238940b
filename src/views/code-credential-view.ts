// One item per place in code that handles credentials: password hashing, a literal password, a
// JWT being signed, a session cookie being set.
import type { ViewDefinition } from './view.js';

export const codeCredentialView: ViewDefinition = {
  name: 'code-credential',
  reads: ['codeCredentialSites'],
  description: 'every credential-handling site in code (password hashing, literal passwords, JWT signing, session cookies)',
  statedBy: {},
  build({ index }) {
    return index.inventory.codeCredentialSites.map((site) => ({
      key: site.id,
      label: `${site.kind} ${site.id}`,
      subject: site,
      data: { site, kind: site.kind, expiresInSeconds: site.expiresInSeconds ?? null },
    }));
  },
};
