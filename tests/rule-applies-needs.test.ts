// The guard that `applies` — the condition choosing which items a rule judges — never chooses an
// item by a fact nobody stated (issue 11 §1; tests/rule-needs.test.ts guards `require` and `needs`).
// For every checked rule, every FAIL and PASS fixture case, every item the case judges, and every
// field `applies` reads (derived from the compiled condition, as the needs guard derives `require`'s):
//  - the fact is deleted from the place in the fixture manifest it comes from (through the view's
//    `statedBy.facts` for a computed field), and the rule run again; a field the case already
//    leaves unstated is judged as it is;
//  - a verdict of FAIL or PASS that remains must not rest on the missing value: stating the field
//    as any value the rule's fixtures or its condition give it must leave the item applicable.
//    (A FAIL that a stated `exempt: true` would take out of scope rests on nobody's statement —
//    `not: { const: true }` is satisfied by a missing value. Make the field a need, or write
//    `applies` so that a missing value does not select the item.)
//  - an item the deletion takes out of scope (NOT_APPLICABLE) is acceptable only for a field in
//    OUT_OF_SCOPE_WHEN_UNSTATED below: a field whose absence itself says the rule's subject is not
//    there (no biometric category stated → not a biometric store). Any other field is a fact the
//    rule reads to decide whom it judges, and its absence must say so (NOT_EVALUATED): make it a need.
//  - NOT_EVALUATED is always acceptable.
import { describe, expect, it } from 'vitest';
import { compileRule, type CompiledRule } from '../src/rules/compile-rule.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { loadRulePack, shippedPackDirs, type LoadedRule } from '../src/rules/load-rule-pack.js';
import { readPath } from '../src/rules/item-path.js';
import { fixtureDocument, fixtureManifest, runFixtureManifest } from '../src/rules/run-fixtures.js';
import { escapeSegment, pathSegments } from '../src/sources/json-pointer.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { VIEWS } from '../src/views/registry.js';
import { constantsAt, fieldsRead } from './support/condition-fields.js';
import { deleteAll, fixtureValues, judgedVerdicts, manifestPlaces, memberVerdicts } from './support/fixture-facts.js';

const packs = shippedPackDirs().map(loadRulePack);
const taxonomy = loadTaxonomy();

/**
 * Fields (`view:path`) whose absence legitimately takes an item out of a rule's scope: the field
 * states the very thing the rule is about, and an item that does not state it is not such a
 * thing. Each with the reason. Curated: add a field only when its absence means the subject is
 * absent (or is another rule's finding), never because a fixture needs it.
 */
const OUT_OF_SCOPE_WHEN_UNSTATED: Readonly<Record<string, string>> = {
  'grant:/grant/pattern': 'a grant stating no wildcard or pattern names its object itself: it is not a pattern grant',
  'grant:/role/anonymous': 'a role not stated to be the anonymous (public) principal is not it',
  'grant:/grant/expires': 'the rule checks an expiry date the grant states; a grant that states none has no date to have passed',
  'grant:/interface/bulk': 'an interface not stated to export in bulk is not a bulk export',
  'interface:/interface/bulk': 'an interface not stated to return rows in bulk (and not an export or a list) is not a bulk interface',
  'grant:/jobScopeRank': "the job scope is the yardstick the rule measures a grant's scope against; a role stating none is not measured (the scope itself is judged by the other query-rights rules)",
  'account:/account/hrStatus': 'no departure stated (HR status `left`): not a leaver\'s account',
  'account:/account/affiliation': 'no departure or contract work stated (affiliation `leaver`, `contractor`): not a leaver\'s or a contractor\'s account',
  'account:/account/hrUnit': 'an account not joined to an HR staff list has no HR unit to compare its grants with',
  'account:/account/accessKeys': 'no AccessKeys listed: none whose age to check',
  'account:/piRoleOrigins': 'how an account holds its roles is stated only by an identity-provider export; an account without one is judged by the manifest\'s role rules',
  'store:/enabledDeletionJob': 'no enabled deletion job: none whose runs to check (PIPL-RET-003 asks for the job itself)',
  'store:/retention': 'no retention period stated: nothing to compare with a category\'s limit; the missing period is PIPL-RET-001\'s finding',
  'store:/retentionPermanent': 'no retention period stated: the missing period is PIPL-RET-001\'s finding',
  'database-table:/table/view': 'a table not stated to be a view is not a view',
  'identity-client:/client/publicClient': "Keycloak's default is a confidential client (publicClient false): a client not stated public is not",
  'code-credential:/site/keyUse': 'a key site not stated to be a cipher IV is not an IV',
  'collection-point:/point/subjects': "no child subject stated (nor a child's category collected): not a children's collection point",
  'collection-point:/point/mandatory': 'a point not stated to refuse service without the data does not (the rule\'s subject is the refusal)',
  'credential-policy:/accounts': "the rules judge policies in use: with no account listed under it (and no identity realm exported without its users) a policy governs no one the inventory names. An account listed whose type is unstated makes the count unstated (null, a need: NOT_EVALUATED)",
  'collection-point:/point/consent': 'a point not stated to bundle its consent does not (the rule\'s subject is the bundling)',
};

/**
 * Fields (`view:path`) stating an exception to the rule that an item claims by stating it: an
 * item that states none is judged by the rule (a FAIL may rest on the exception being unclaimed,
 * as it rests on the stated facts of the rule itself). Each with the reason — the law or the
 * product that makes the unstated value the ordinary case.
 */
const EXCEPTION_CLAIMED_BY_STATING: Readonly<Record<string, string>> = {
  'flow:/flow/legalBasis': 'PIPL Art. 13: consent is the ordinary basis; a legal duty, an emergency or a contract is the handler\'s to claim (docs/writing-rules.md, Lawful bases)',
  'collection-point:/point/legalBasis': 'PIPL Art. 13: consent is the ordinary basis; a legal duty, an emergency or a contract is the handler\'s to claim (docs/writing-rules.md, Lawful bases)',
  'collection-point:/point/notice/exemption': 'PIPL Art. 18(1): notice is owed unless a law exempts it; the exemption is claimed by stating it',
  'interface:/interface/selfService': "an interface serving data subjects their own records is the exception; an interface not stated so serves staff",
  'grant:/interface/selfService': "an interface serving data subjects their own records is the exception; an interface not stated so serves staff",
  'code-query:/interface/selfService': "an interface serving data subjects their own records is the exception; an interface not stated so serves staff",
  'identity-client:/client/bearerOnly': "Keycloak's default (bearerOnly false): a client not stated bearer-only uses its browser flows",
  'identity-client:/client/standardFlow': "Keycloak's default (standardFlowEnabled true): a client not stated otherwise uses the standard flow",
  'code-credential:/site/keyUse': 'a literal given to a key parameter is a key unless the scan states it is a cipher IV',
};

/**
 * Rule and field (`ID view:path`) known to let an unstated fact choose whom the rule judges, found
 * when this guard was added and not changed with it (each with what it does). The guard still
 * runs on them and fails if one no longer does, so the list can only shrink.
 */
const KNOWN_SCOPE_ON_UNSTATED: Readonly<Record<string, string>> = {};

/** The item's data with `field` set to `value` (a copy), its rule's derived values recomputed when `applies` reads them. */
function withField(rule: CompiledRule, data: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const segments = pathSegments(field);
  let parent: unknown = copy;
  for (const s of segments.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string, unknown>)[s];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  (parent as Record<string, unknown>)[segments[segments.length - 1] as string] = structuredClone(value);
  if (rule.derive.length > 0 && !rule.appliesBeforeDerive) for (const d of rule.derive) copy[d.name] = d.fn(copy, d.args);
  return copy;
}

/** The values to try on a field: those the rule's fixtures give it, those its condition compares it with, and an empty list for a list. */
function valuesToTry(rule: LoadedRule, compiled: CompiledRule, field: string, cache: Map<string, unknown[]>): unknown[] {
  let values = cache.get(field);
  if (values) return values;
  values = [...fixtureValues(rule, taxonomy, field), ...constantsAt(compiled.applies?.schema, field)];
  if (values.some((v) => Array.isArray(v))) values.push([]);
  if (values.some((v) => typeof v === 'boolean')) for (const b of [true, false]) if (!values.includes(b)) values.push(b);
  cache.set(field, values);
  return values;
}

/**
 * What the guard finds on one rule: the problems, and those it finds on a rule and field listed in
 * KNOWN_SCOPE_ON_UNSTATED (kept apart).
 */
function scopeProblems(rule: LoadedRule): { problems: string[]; known: string[] } {
  const id = rule.definition.id;
  const view = VIEWS.find((v) => v.name === rule.definition.view);
  const fixtures = rule.loadFixtures();
  const problems: string[] = [];
  const known: string[] = [];
  const domains = new Map<string, unknown[]>();
  const derived = (p: string) => Object.hasOwn(rule.definition.derive ?? {}, pathSegments(p)[0] ?? '');
  for (const kind of ['fail', 'pass'] as const) {
    for (const c of fixtures?.[kind] ?? []) {
      const data = fixtureManifest(fixtures, c);
      const params = c.params ?? {};
      const document = (d: Record<string, unknown>) => fixtureDocument(`${id}#${kind}/${c.name}`, d);
      const first = runFixtureManifest(rule, taxonomy, document(data), params);
      const compiled = compileRule(rule.definition, rule.file, params);
      const applies = compiled.applies;
      if (!applies) continue;
      const judged = judgedVerdicts(first.findings, kind === 'fail' ? 'FAIL' : 'PASS', c.target);
      const placeOf = (value: unknown) => first.inventory.provenance.of(value)?.pointer;
      for (const field of fieldsRead(applies.schema).filter((p) => !derived(p))) {
        // A field computed from the inventory's structure (statedBy facts: []) is not a fact anyone states.
        const facts = view?.statedBy[field]?.facts ?? [field];
        if (facts.length === 0) continue;
        for (const finding of judged) {
          const item = first.items.find((i) => i.key === finding.target.key);
          if (!item) continue;
          // A fact of an entity the item does not have (the interface of a grant on a store) is not this item's to state.
          if (facts.every((f) => !f.startsWith('manifest:') && readPath(item.data, '/' + escapeSegment(pathSegments(f)[0] ?? '')) == null)) continue;
          // A field that is one alternative of a need whose other alternative the item states
          // leaves the verdict resting on the stated one, by design (as in the needs guard).
          const restsOnStatedAlternative = compiled.needs.some(
            (need) => need.paths.length > 1 && need.paths.includes(field) && (!need.when || need.when(item.data)) && need.paths.some((p) => p !== field && readPath(item.data, p) != null),
          );
          if (restsOnStatedAlternative) continue;
          const unstated = readPath(item.data, field) == null;
          let after = first;
          let deleted = 'already unstated';
          if (!unstated) {
            const places = manifestPlaces(item.data, facts, placeOf);
            if (places.length === 0) continue;
            deleted = `deleted ${places.join(', ')}`;
            try {
              after = runFixtureManifest(rule, taxonomy, document(deleteAll(data, places)), params);
            } catch (error) {
              if (error instanceof InputError) continue; // the manifest schema makes the fact mandatory
              throw error;
            }
          }
          const now = after.items.find((i) => i.key === finding.target.key);
          if (!now) continue; // the item itself is gone: not a question of scope
          const verdict = memberVerdicts(after.findings).find((f) => f.target.key === finding.target.key)?.status ?? 'NOT_APPLICABLE';
          const where = `${kind} "${c.name}", item ${finding.target.key}, ${field} (${deleted})`;
          const key = `${rule.definition.view}:${field}`;
          const problem = (text: string) => (Object.hasOwn(KNOWN_SCOPE_ON_UNSTATED, `${id} ${key}`) ? known : problems).push(`${where}: ${text}`);
          if (verdict === 'NOT_APPLICABLE') {
            if (!Object.hasOwn(OUT_OF_SCOPE_WHEN_UNSTATED, key)) problem(`the item drops out of scope — make ${field} a need, or list ${key} in OUT_OF_SCOPE_WHEN_UNSTATED with the reason`);
          } else if (verdict === 'PASS' && kind === 'fail') {
            problem('the FAIL became a PASS');
          } else if (verdict === 'FAIL' && !Object.hasOwn(EXCEPTION_CLAIMED_BY_STATING, key)) {
            if (readPath(now.data, field) != null) continue; // stated after all (by another fact)
            const excluding = valuesToTry(rule, compiled, field, domains).filter((v) => !applies(withField(compiled, now.data, field, v)));
            if (excluding.length > 0) problem(`FAIL, yet stating ${field} as ${excluding.map((v) => JSON.stringify(v)).join(' or ')} takes the item out of scope — the FAIL rests on a fact nobody stated`);
          }
        }
      }
    }
  }
  return { problems, known };
}

for (const pack of packs) {
  describe(`pack ${pack.manifest.name}: applies reads only stated facts`, () => {
    for (const rule of pack.rules.filter((r) => (r.definition.require || r.definition.decision) && r.definition.applies)) {
      const id = rule.definition.id;

      it(`${id}: an unstated fact never chooses the items it judges`, () => {
        const { problems, known } = scopeProblems(rule);
        expect(problems).toEqual([]);
        const listed = Object.keys(KNOWN_SCOPE_ON_UNSTATED).filter((k) => k.startsWith(`${id} `));
        if (listed.length > 0) expect(known, `${listed.join(', ')} listed in KNOWN_SCOPE_ON_UNSTATED but no longer found: drop it from the list`).not.toEqual([]);
      });
    }
  });
}

describe('the guard finds', () => {
  const shipped = (id: string) => {
    const rule = packs.flatMap((p) => p.rules).find((r) => r.definition.id === id);
    if (!rule) throw new Error(`no shipped rule ${id}`);
    return rule;
  };

  it('a FAIL resting on an unstated value that satisfies a negated condition (PIPL-RET-005 without its need on the end action)', () => {
    const rule = shipped('PIPL-RET-005');
    const needs = (rule.definition.needs ?? []).filter((n) => !(typeof n === 'object' && !Array.isArray(n) && n.fact === '/store/retention/action'));
    expect(needs.length).toBe((rule.definition.needs ?? []).length - 1);
    const { problems } = scopeProblems({ ...rule, definition: { ...rule.definition, needs } });
    expect(problems.some((p) => p.includes('/store/retention/action') && p.includes('the FAIL rests on a fact nobody stated'))).toBe(true);
  });

  it('an item dropped out of scope by deleting what the rule judges (PIPL-NOT-004 choosing points by a stated necessity, as it did)', () => {
    const rule = shipped('PIPL-NOT-004');
    const applies = structuredClone(rule.definition.applies) as { anyOf: Array<Record<string, unknown>> };
    applies.anyOf[0] = { ...applies.anyOf[0], anyOf: [{ properties: { point: { required: ['necessary'] } } }, { properties: { collectsSensitive: { const: true } } }] };
    const { problems } = scopeProblems({ ...rule, definition: { ...rule.definition, applies } });
    expect(problems.some((p) => p.includes('/point/necessary') && p.includes('drops out of scope'))).toBe(true);
  });
});

describe('the lists of fields whose absence a rule may rely on', () => {
  it('name only fields some shipped rule reads in applies', () => {
    const read = new Set(
      packs.flatMap((p) =>
        p.rules.flatMap((r) => {
          if (!r.definition.applies) return [];
          const compiled = compileRule(r.definition, r.file, {});
          return fieldsRead(compiled.applies?.schema).map((f) => `${r.definition.view}:${f}`);
        }),
      ),
    );
    expect([...Object.keys(OUT_OF_SCOPE_WHEN_UNSTATED), ...Object.keys(EXCEPTION_CLAIMED_BY_STATING)].filter((k) => !read.has(k))).toEqual([]);
    expect(Object.keys(KNOWN_SCOPE_ON_UNSTATED).filter((k) => !read.has(k.slice(k.indexOf(' ') + 1)))).toEqual([]);
  });
});

describe('the values a condition compares a field with', () => {
  it('are its const and enum values, through properties and combinators', () => {
    const schema = {
      properties: { store: { properties: { retention: { not: { properties: { action: { const: 'archive' } } } } } } },
      anyOf: [{ properties: { store: { properties: { retention: { properties: { action: { enum: ['delete', 'anonymise'] } } } } } } }],
    };
    expect(constantsAt(schema, '/store/retention/action')).toEqual(['archive', 'delete', 'anonymise']);
    expect(constantsAt(schema, '/store/kind')).toEqual([]);
  });

  it('leave out a $data comparison (not a value of its own)', () => {
    expect(constantsAt({ properties: { unit: { const: { $data: '1/hrUnit' } } } }, '/unit')).toEqual([]);
  });
});
