// What a registered redirect URI admits, as Keycloak matches it (RedirectUtils.verifyRedirectUri):
// a `*` is a wildcard only as the last character of a pattern without `?`, and then the pattern
// matches every redirect URI that starts with the text before it; any other `*` is literal. So
// `*` alone admits any URI; `https://*`, `http://*`, `https:*` and `https://app.example.com*`
// (the host not closed by `/`, so `https://app.example.com.evil.net/` or
// `https://app.example.com:x@evil.net/` starts with it) admit other hosts; `https://app/x/*`
// admits any path on one fixed host; `https://*.example.com/*` matches only the literal host
// `*.example.com`, which no request can carry, so it admits no other host. Relative patterns
// (`/app/*`) resolve against the client's root URL: one host.

export type RedirectAdmits = 'exact' | 'path' | 'any-host';

export function classifyRedirectUri(uri: string): RedirectAdmits {
  const pattern = uri.trim();
  if (!pattern.endsWith('*') || pattern.includes('?')) return 'exact';
  const prefix = pattern.slice(0, -1);
  if (prefix === '') return 'any-host';
  if (prefix.startsWith('/')) return 'path';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(prefix);
  // No scheme: not an absolute URI; no browser redirect starts with it.
  if (!scheme) return 'path';
  const name = (scheme[1] as string).toLowerCase();
  // A private-use scheme (com.example.app:/callback*) names an app on the device, not a host.
  if (name !== 'http' && name !== 'https') return 'path';
  const rest = scheme[2] as string;
  if (!rest.startsWith('//')) return 'any-host';
  const authority = rest.slice(2);
  const end = authority.search(/[/?#]/);
  // The host is closed only when a "/" (or "?", "#") follows it inside the fixed prefix.
  if (end <= 0) return 'any-host';
  return 'path';
}
