// Where the documentation is published: the tool's home (SARIF `informationUri`) and one page per
// shipped rule (SARIF `helpUri`), generated into docs/rules/ by `npm run docs`. One setting, the
// documentation base: the URL the package's files (README.md, docs/) are served under. Its
// default is package.json's `homepage`; a project's `docsUrl:` or `--docs-url` replaces it (a
// company that hosts the docs itself). The pages also ship in the package (docs/rules/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_HOMEPAGE } from '../package-homepage.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { isShippedPackName } from '../rules/load-rule-pack.js';

/** The documentation base when none is set: package.json's `homepage`. */
export const DEFAULT_DOCUMENTATION_BASE = PACKAGE_HOMEPAGE;

/** What a documentation base must be, for error messages. */
export const DOCUMENTATION_BASE_EXPECTED = 'an absolute http(s) URL under which README.md and docs/ are served, e.g. https://git.example.com/tools/pipl-audit/blob/v0.1.0/';

/**
 * A documentation base as given (`--docs-url`, a project's `docsUrl:`), ending in "/" so the
 * pages resolve under it; undefined when it is not an absolute http(s) URL.
 */
export function documentationBase(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The rule's page (docs/rules/ID.md); only shipped packs have one — a pack of your own has none. */
export function ruleDocumentationUri(ruleId: string, pack: string, base: string = DEFAULT_DOCUMENTATION_BASE): string | undefined {
  return isShippedPackName(pack) ? `${base}docs/rules/${encodeURIComponent(ruleId)}.md` : undefined;
}

/** The installed package's own copy of a documentation file (e.g. docs/manifest.md), undefined when this copy lacks it. */
export function shippedDocumentationFile(path: string): string | undefined {
  const file = join(PACKAGE_ROOT, path);
  return existsSync(file) ? file : undefined;
}

/** The installed copy of a shipped rule's page (docs/rules/ID.md); undefined for a pack of your own. */
export function ruleDocumentationFile(ruleId: string, pack: string): string | undefined {
  return isShippedPackName(pack) && /^[A-Z0-9-]+$/.test(ruleId) ? shippedDocumentationFile(`docs/rules/${ruleId}.md`) : undefined;
}
