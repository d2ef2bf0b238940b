// Redirect URIs judged as Keycloak's RedirectUtils matches them: a trailing * (in a pattern without
// "?") admits every URI starting with the text before it; any other * is literal.
import { describe, expect, it } from 'vitest';
import { classifyRedirectUri, type RedirectAdmits } from '../src/views/redirect-uri.js';

const ROWS: Array<[string, RedirectAdmits, string]> = [
  ['*', 'any-host', 'bare *: every URI'],
  ['http://*', 'any-host', 'any http host'],
  ['https://*', 'any-host', 'any https host'],
  ['https:*', 'any-host', 'any https URI'],
  ['https://shop.example.cn*', 'any-host', 'host not closed: shop.example.cn.evil.net'],
  ['https://shop.example.cn:*', 'any-host', 'port wildcard: shop.example.cn:x@evil.net'],
  ['https://shop.example.cn/*', 'path', 'any path on one https host'],
  ['https://shop.example.cn:8443/app/*', 'path', 'path under a port'],
  ['http://localhost:8080/*', 'path', 'one plain-http host'],
  ['/app/*', 'path', 'relative: the client root URL'],
  ['https://*.example.cn/*', 'path', 'a * inside the host is literal'],
  ['com.example.shop:/oauth2redirect/*', 'path', 'private-use scheme'],
  ['https://shop.example.cn/cb', 'exact', 'exact'],
  ['https://*.example.cn/cb', 'exact', 'literal * never matches a real host'],
  ['https://shop.example.cn/cb?next=*', 'exact', 'a pattern with ? is compared exactly'],
];

describe('classifyRedirectUri', () => {
  for (const [uri, admits, why] of ROWS) {
    it(`${uri} → ${admits} (${why})`, () => {
      expect(classifyRedirectUri(uri)).toBe(admits);
    });
  }
});
