// PIPL-CAS-001 does not apply to a route template whose only non-literal segments are named
// parameters (/api/applications/:id, /api/cases/{id}); the rule says so with a regular expression
// on `grant.pattern`. This test checks that expression against casbin's own matcher functions
// (the library the Casbin import evaluates policies with): for every policy object the expression
// calls a route template, no built-in matcher lets it reach a request object other than one value
// in each parameter's segment; for every object it keeps as a pattern, some matcher does reach
// further (another segment count, another literal), or the object is not a route at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Util } from 'casbin';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const RULE = parse(readFileSync(join(import.meta.dirname, '../rules/core/query-rights/PIPL-CAS-001.yaml'), 'utf8')) as {
  applies: { not: { anyOf: Array<{ properties?: { grant?: { properties?: { pattern?: { pattern?: string } } } } }> } };
};
const EXPRESSION = RULE.applies.not.anyOf.map((b) => b.properties?.grant?.properties?.pattern?.pattern).find((p) => p !== undefined);
const routeTemplate = new RegExp(EXPRESSION ?? '(?!)', 'u');

const MATCHERS: Record<string, (request: string, policy: string) => boolean> = {
  keyMatch: (r, p) => Util.keyMatchFunc(r, p) as boolean,
  keyMatch2: (r, p) => Util.keyMatch2Func(r, p) as boolean,
  keyMatch3: (r, p) => Util.keyMatch3Func(r, p) as boolean,
  keyMatch4: (r, p) => Util.keyMatch4Func(r, p) as boolean,
  keyMatch5: (r, p) => Util.keyMatch5Func(r, p) as boolean,
  regexMatch: (r, p) => Util.regexMatchFunc(r, p) as boolean,
  globMatch: (r, p) => Util.globMatch(r, p),
};

const isParameter = (segment: string) => /^(:[A-Za-z_]|\{[A-Za-z_].*\}$)/.test(segment);

/** Request objects around a template: each parameter filled with one value, with a path, with nothing; a segment appended, prepended; a literal changed. */
function probes(template: string): string[] {
  const segments = template.split('/');
  const fill = (value: string) => segments.map((s) => (isParameter(s) ? value : s)).join('/');
  const out = new Set<string>([fill('123'), fill('a/b'), fill(''), fill('123') + '/x', fill('123') + '/x/y', '/x' + fill('123'), fill('123') + '?status=1']);
  segments.forEach((s, i) => {
    if (s !== '' && !isParameter(s)) out.add(segments.map((t, j) => (j === i ? `${t}x` : isParameter(t) ? '123' : t)).join('/'));
  });
  return [...out];
}

/** The request reaches one value per parameter: same segments, literals equal, each parameter one non-empty segment. */
function oneValuePerParameter(template: string, request: string): boolean {
  const path = request.split('?')[0] as string;
  const t = template.split('/');
  const r = path.split('/');
  return t.length === r.length && t.every((s, i) => (isParameter(s) ? (r[i] ?? '') !== '' : s === r[i]));
}

const TEMPLATES = [
  '/api/applications/:id',
  '/api/applicants/by-phone/:phone',
  '/api/rounds/:round/waybills/:id',
  '/api/cases/{id}',
  '/api/parent/{id}/child/{id}',
  '/api/outlets/{outlet_id}/waybills/{waybill-no}',
  'api/materials/:id',
  '/api/cases/assigned/:id/',
];
const PATTERNS = [
  '/api/*',
  '/api/waybills/*',
  '/api/outlets/:outlet/waybills/*',
  '/api/cases/{id}/*',
  '^/api/waybills/.*$',
  '/api/waybills/.*',
  '/api/waybills.v1/:id',
  '/api/waybills/[0-9]+',
  '/api/waybills',
  '*',
  '/api/waybills/:id*',
  '/api/{a,b}/:id',
];

describe('PIPL-CAS-001 route templates, checked against casbin’s matchers', () => {
  it('reads its expression from the rule', () => {
    expect(EXPRESSION).toBeDefined();
  });

  for (const template of TEMPLATES) {
    it(`${template} is a route template: no matcher reaches beyond one value per parameter`, () => {
      expect(routeTemplate.test(template)).toBe(true);
      const reached: string[] = [];
      for (const [name, match] of Object.entries(MATCHERS)) {
        for (const request of probes(template)) {
          let allowed = false;
          try {
            allowed = match(request, template);
          } catch {
            allowed = false; // keyMatch4 throws on a request it cannot bind: not allowed
          }
          if (allowed && !oneValuePerParameter(template, request)) reached.push(`${name}(${request})`);
        }
      }
      expect(reached).toEqual([]);
      // and it is a route some matcher does use: one value in each parameter is allowed
      const one = probes(template)[0] as string;
      expect(Object.values(MATCHERS).some((m) => m(one, template))).toBe(true);
    });
  }

  for (const pattern of PATTERNS) {
    it(`${pattern} stays a pattern`, () => {
      expect(routeTemplate.test(pattern)).toBe(false);
    });
  }

  it('the wildcard forms the rule keeps do reach further under the matchers that read them', () => {
    expect(MATCHERS.keyMatch?.('/api/applications/1/materials', '/api/*')).toBe(true);
    expect(MATCHERS.keyMatch2?.('/api/outlets/7/waybills/1/photos', '/api/outlets/:outlet/waybills/*')).toBe(true);
    expect(MATCHERS.keyMatch3?.('/api/cases/1/materials/2', '/api/cases/{id}/*')).toBe(true);
    expect(MATCHERS.regexMatch?.('/api/waybills/1/photos', '^/api/waybills/.*$')).toBe(true);
    expect(MATCHERS.keyMatch2?.('/api/waybills/1/2', '/api/waybills.v1/:id')).toBe(false);
    expect(MATCHERS.keyMatch2?.('/api/waybills/v1/1', '/api/waybills.v1/:id')).toBe(true); // '.' matches '/': another segment count
    expect(MATCHERS.regexMatch?.('/api/waybills/1', '/api/waybills')).toBe(true); // unanchored: a prefix
  });
});
