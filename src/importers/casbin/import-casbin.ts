// One Casbin source (a model and its policies) to grants on manifest roles, as plain data in and
// out (it runs in a worker thread: run-casbin-import.ts). The text is handed to the real casbin as
// strings (newModelFromString, and an adapter giving it the policy lines), so every decision is the
// model's own matcher and effect: role chains, domains, deny and priority effects,
// keyMatch/regexMatch/globMatch patterns. Before casbin evaluates anything, every matcher, the
// effect and every eval() rule of the policy are checked against an allow-list (matcher-check.ts):
// a model is data from the export under audit and must not run code.
import { escapeSegment } from '../../sources/json-pointer.js';
import { appendAll } from '../../collections/append-all.js';
import { newEnforcer, newModelFromString, type Enforcer, type Model } from 'casbin';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { casbinAccounts, safeName } from './casbin-accounts.js';
import { casbinCoverage } from './casbin-coverage.js';
import type { CasbinJob, CasbinOutcome, PlacedGrant } from './casbin-job.js';
import { CasbinAsker } from './casbin-requests.js';
import { decideGrants, type DecideOptions, type GrantDecisions, type MappedSubject } from './decide-grants.js';
import { closestName } from '../../schema/closest-name.js';
import { mappingDiagnostic } from './mapping-place.js';
import type { CasbinInterfaceMapping } from './mapping-schema.js';
import { checkExpression, isKnownEffect, modelFunctionNames, withEvalRules, type MatcherCheck, type ModelNames } from './matcher-check.js';
import { lineOfModelError, readModelLayout, type ModelLayout } from './model-layout.js';
import { PolicyLineAdapter, type PolicyRule } from './policy-lines.js';
import { findRoleCycles } from './role-cycles.js';

const UNDECIDED_LISTED = 10;

/** Runs the import; an input error comes back as `{ ok: false }` with its diagnostics. */
export async function importCasbin(job: CasbinJob): Promise<CasbinOutcome> {
  try {
    return await importCasbinSource(job);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

async function importCasbinSource(job: CasbinJob): Promise<Exclude<CasbinOutcome, { ok: false }>> {
  const { modelFile, modelText } = job;
  const layout = readModelLayout(modelText);
  const model = parseModel(modelText, modelFile);
  const warnings: Diagnostic[] = [];
  const names = modelNames(model);
  const calls = checkModelExpressions(model, names, modelFile, layout);

  const adapter = new PolicyLineAdapter(job.policies);
  let enforcer: Enforcer;
  try {
    enforcer = await newEnforcer(model, adapter);
  } catch (error) {
    throw new InputError([...adapter.errors, modelDiagnostic(error, modelFile, layout)]);
  }
  const cycles = findRoleCycles(adapter.rules);
  if (adapter.errors.length > 0 || cycles.length > 0) throw new InputError([...adapter.errors, ...cycles]);
  // The rules eval() takes from policy lines are expressions from the export too: checked before any enforce().
  const evalRefusals = checkEvalRules(model, calls, names, adapter.rules);
  if (evalRefusals.length > 0) throw new InputError(evalRefusals);
  appendAll(warnings, adapter.warnings);

  // Application functions are stubbed, never run.
  const matcherKey = layout.keys.get('matchers.m');
  const matcherAt = { file: modelFile, ...(matcherKey ? { line: matcherKey.line, column: matcherKey.column } : {}) };
  const allowOnly = model.model.get('e')?.get('e')?.value === 'some(where (p_eft == allow))';
  const usesEval = calls.evalFields.length > 0;
  const boundable = calls.monotone && allowOnly && calls.attributes.length === 0 && !usesEval;
  const requestFields = (model.model.get('r')?.get('r')?.tokens ?? []).map((t) => t.replace(/^r\d*_/, ''));
  const asker = new CasbinAsker(enforcer, requestFields, usesEval || calls.attributes.length > 0 ? [...calls.unknown, 'eval'] : calls.unknown, boundable);
  probeMatcher(asker, modelFile, layout, calls.unknown.length > 0);

  const policyFields = (model.model.get('p')?.get('p')?.tokens ?? []).map((t) => t.replace(/^p\d*_/, ''));
  const subjectIndex = Math.max(0, policyFields.indexOf('sub'));
  const objectIndex = ['obj', 'object', 'resource'].map((f) => policyFields.indexOf(f)).find((i) => i >= 0);
  const eftIndex = policyFields.indexOf('eft');
  if (allowOnly && eftIndex >= 0) {
    for (const rule of adapter.rules) {
      if (rule.ptype === 'p' && rule.values[eftIndex] === 'deny') warnings.push({ severity: 'warning', file: rule.file, line: rule.line, message: 'deny rule in a model whose policy_effect only looks for allow rules: casbin ignores it', expected: 'e = some(where (p.eft == allow)) && !some(where (p.eft == deny)) for deny rules to take effect' });
    }
  }

  const mapping = job.mapping;
  const { subjects, interfaces } = checkMapping(job, warnings, adapter.rules);
  const subjectToken = model.model.get('r')?.get('r')?.tokens[0];
  const roleTypes = model.model.get('g') ?? new Map();
  const subjectRoleTypes = new Set(calls.firstArguments.filter(([fn, arg]) => roleTypes.has(fn) && arg === subjectToken).map(([fn]) => fn));
  const domainRoleTypes = new Set([...roleTypes].filter(([, a]) => a.value.split(',').length >= 3).map(([key]) => key));
  const hasLink = (roleType: string, user: string, role: string, domain: string | undefined): boolean => enforcer.getNamedRoleManager(roleType)?.syncedHasLink?.(user, role, ...(domain === undefined ? [] : [domain])) ?? false;
  const domains = mapping.domains ? domainUnits(mapping.domains, adapter.rules, domainRoleTypes, subjectRoleTypes, hasLink, mapping.domain, warnings) : undefined;
  let decisions: GrantDecisions;
  try {
    decisions = decideGrants({ asker, subjects, interfaces, ...(mapping.domain !== undefined ? { defaultDomain: mapping.domain } : {}), ...(domains ? { domains } : {}), extra: mapping.request ?? {}, ruleOf: (stored) => adapter.ruleOf(stored), objectIndex });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([mappingDiagnostic(job, '', 'error', `casbin could not decide a mapped request: ${(error as Error).message}`, 'requests the model can evaluate', modelFile)]);
  }

  // Users of the policy's own g lines as accounts holding the manifest roles they reach.
  const users = casbinAccounts({
    rules: adapter.rules,
    subjectRoleTypes,
    domainRoleTypes,
    subjectIndex,
    mapped: subjects,
    defaultDomain: mapping.domain,
    ...(domains ? { domains } : {}),
    hasLink,
    idPrefix: safeName(job.modelName.replace(/\.conf$/i, '')),
    declared: new Map(job.declaredAccounts.map((a) => [a.id, a.roles])),
  });
  appendAll(warnings, users.warnings);

  // Places: each grant at its policy line (or the matcher, when no policy line decided it).
  const grants: PlacedGrant[] = decisions.grants.map(({ role, grant, rule }) => ({
    role,
    grant,
    at: rule ? { file: rule.file, line: rule.line, column: 1 } : { file: modelFile, line: matcherKey?.line ?? 1, column: matcherKey?.column ?? 1 },
  }));

  if (calls.unknown.length > 0 || calls.attributes.length > 0 || usesEval) {
    const what = [
      ...calls.unknown.map((n) => `${n}()`),
      ...calls.attributes,
      ...(usesEval ? ['eval() of policy rules'] : []),
    ].join(', ');
    const cause = `the matcher uses ${what}, which pipl-audit does not run (an application's own function, or request attributes the export does not hold)`;
    if (decisions.undecided.length > 0) {
      const listed = decisions.undecided.slice(0, UNDECIDED_LISTED).map((u) => `${u.role} → ${u.interfaceId} (${u.action})`).join('; ');
      const more = decisions.undecided.length > UNDECIDED_LISTED ? `; and ${decisions.undecided.length - UNDECIDED_LISTED} more` : '';
      return finish({ undecided: [{ severity: 'warning', ...matcherAt, message: `${cause}; these permissions depend on it and are not evaluated: ${listed}${more}`, expected: 'a matcher of casbin built-ins, or the permissions stated in the manifest' }] });
    }
    warnings.push({ severity: 'warning', ...matcherAt, message: `${cause}; no mapped permission depends on it`, expected: 'a matcher of casbin built-ins' });
  }
  return finish({});

  function finish(extra: { undecided?: Diagnostic[] }): Exclude<CasbinOutcome, { ok: false }> {
    const mappedObjects = new Set(interfaces.flatMap(([, e]) => [e.object, e.unitObject, e.assignedObject, e.ownObject].filter((o): o is string => o !== undefined)));
    const coverage = casbinCoverage({ rules: adapter.rules, mappedSubjects: new Set(subjects.map((s) => s.subject)), subjectRoleTypes, unmappedUsers: users.unmapped, subjectIndex, objectIndex, used: decisions.used, mappedObjects });
    return { ok: true, grants, accounts: users.accounts, warnings, coverage, ...extra };
  }
}

/**
 * RBAC with domains mapped to units (`mapping.domains`): a subject is asked in each listed domain
 * it is assigned in (a g line's member reaches it there, as casbin's role manager answers), or in
 * its own `domain`. A subject assigned in no listed domain is asked in `mapping.domain`, else in
 * every listed one (the widest the policy allows, were it assigned). Domains that g lines assign
 * users in but the mapping does not list are a warning: those assignments are not evaluated.
 */
function domainUnits(
  listed: NonNullable<CasbinJob['mapping']['domains']>,
  rules: readonly PolicyRule[],
  domainRoleTypes: ReadonlySet<string>,
  subjectRoleTypes: ReadonlySet<string>,
  hasLink: (roleType: string, user: string, role: string, domain: string | undefined) => boolean,
  defaultDomain: string | undefined,
  warnings: Diagnostic[],
): NonNullable<DecideOptions['domains']> & { all: string[] } {
  const all = Object.keys(listed).sort();
  const assignments = rules.filter((r) => subjectRoleTypes.has(r.ptype) && domainRoleTypes.has(r.ptype) && r.values.length >= 3);
  const unlisted = new Map<string, PolicyRule>();
  for (const rule of assignments) {
    const domain = rule.values[2]!;
    if (!Object.hasOwn(listed, domain) && !unlisted.has(domain)) unlisted.set(domain, rule);
  }
  for (const [domain, rule] of unlisted) warnings.push({ severity: 'warning', file: rule.file, line: rule.line, message: `domain "${domain}" is not listed under mapping.domains: what its users are assigned there is not evaluated`, expected: `mapping.domains.${domain}: { unit: NAME } or organization` });
  return {
    all,
    unitOf: (domain) => {
      const entry = Object.hasOwn(listed, domain) ? listed[domain] : undefined;
      return entry !== undefined && entry !== 'organization' ? entry.unit : undefined;
    },
    isOrganization: (domain) => Object.hasOwn(listed, domain) && listed[domain] === 'organization',
    of: (mapped) => {
      if (mapped.domain !== undefined) return [mapped.domain];
      const held = all.filter((domain) => assignments.some((r) => r.values[2] === domain && (r.values[0] === mapped.subject || r.values[1] === mapped.subject || hasLink(r.ptype, r.values[0]!, mapped.subject, domain))));
      if (held.length > 0) return held;
      return defaultDomain !== undefined ? [defaultDomain] : all;
    },
  };
}

function parseModel(text: string, file: string): Model {
  try {
    return newModelFromString(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfModelError(message, text);
    // casbin counts only non-blank lines ("at line 11"); the diagnostic carries the file's line instead.
    const said = line ? message.replace(/\s+at line \d+\b/, '') : message;
    throw new InputError([{ severity: 'error', file, ...(line ? { line } : {}), message: `casbin cannot read the model: ${said}`, expected: 'a Casbin model with [request_definition], [policy_definition], [policy_effect] and [matchers]' }]);
  }
}

/** The fields and functions expressions of this model may name. */
function modelNames(model: Model): ModelNames {
  const tokens = (sec: string) => new Set([...(model.model.get(sec)?.values() ?? [])].flatMap((a) => a.tokens ?? []));
  return { requestTokens: tokens('r'), policyTokens: tokens('p'), functions: modelFunctionNames(model.model.get('g')?.keys() ?? []) };
}

/**
 * Every matcher and effect of the model, checked before casbin evaluates anything: a refused one
 * stops the source at its line. Returns what the main matcher (`m`) calls.
 */
function checkModelExpressions(model: Model, names: ModelNames, file: string, layout: ModelLayout): MatcherCheck {
  const refusals: Diagnostic[] = [];
  const at = (section: string, key: string) => {
    const place = layout.keys.get(`${section}.${key}`);
    return { file, ...(place ? { line: place.line, column: place.column } : {}) };
  };
  for (const [key, assertion] of model.model.get('e') ?? []) {
    if (!isKnownEffect(assertion.value)) refusals.push({ severity: 'error', ...at('policy_effect', key), message: `policy effect "${assertion.value.replace(/\b([rp]\d*)_/g, '$1.')}" is not one casbin knows, so the model is not evaluated`, expected: 'some(where (p.eft == allow)), !some(where (p.eft == deny)), some(where (p.eft == allow)) && !some(where (p.eft == deny)), priority(p.eft) || deny or subjectPriority(p.eft) || deny' });
  }
  let main: MatcherCheck | undefined;
  for (const [key, assertion] of model.model.get('m') ?? []) {
    const check = checkExpression(assertion.value, names);
    if (key === 'm') main = check;
    if (check.refusal !== undefined) refusals.push({ severity: 'error', ...at('matchers', key), message: `matcher refused, nothing of this model is evaluated: ${check.refusal}`, expected: 'a matcher of request and policy fields (r.sub, p.obj …), literals, operators and functions called by name (keyMatch(r.obj, p.obj), g(r.sub, p.sub) …)' });
  }
  if (refusals.length > 0) throw new InputError(refusals);
  if (!main) throw new InputError([{ severity: 'error', file, message: 'the model has no matcher m', expected: 'a [matchers] section with m = …' }]);
  return main;
}

/**
 * The expression casbin would evaluate for each policy rule whose value eval() takes (the matcher
 * with eval(p.x) replaced by the rule's p.x), checked like the matcher; one refusal per line.
 */
function checkEvalRules(model: Model, matcher: MatcherCheck, names: ModelNames, rules: readonly PolicyRule[]): Diagnostic[] {
  if (matcher.evalFields.length === 0) return [];
  const expression = model.model.get('m')?.get('m')?.value ?? '';
  const tokens = model.model.get('p')?.get('p')?.tokens ?? [];
  const checked = new Map<string, string | undefined>();
  const refusals: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.ptype !== 'p') continue;
    const values = new Map(tokens.map((t, i) => [t, rule.values[i] ?? '']));
    const substituted = withEvalRules(expression, values);
    let refusal = checked.get(substituted);
    if (!checked.has(substituted)) {
      const check = checkExpression(substituted, names);
      refusal = check.refusal ?? (check.evalFields.length > 0 ? 'the rule calls eval() itself' : undefined);
      checked.set(substituted, refusal);
    }
    if (refusal !== undefined) refusals.push({ severity: 'error', file: rule.file, line: rule.line, message: `rule for eval() refused, nothing of this model is evaluated: ${refusal}`, expected: 'a rule of request fields, literals, operators and casbin functions, such as r.sub.Age > 18' });
  }
  return refusals;
}

function modelDiagnostic(error: unknown, file: string, layout: ModelLayout): Diagnostic {
  const message = (error as Error).message;
  const matcher = layout.keys.get('matchers.m');
  return { severity: 'error', file, ...(matcher ? { line: matcher.line, column: matcher.column } : {}), message: `casbin cannot use the model: ${message}`, expected: 'a model casbin can load' };
}

/** Compiles and runs the matcher once on a neutral request, so a syntax error is reported at its line now. */
function probeMatcher(asker: CasbinAsker, file: string, layout: ModelLayout, stubbed: boolean): void {
  const fields = asker.requestFields;
  try {
    asker.ask({ subject: '\u0000', domain: '\u0000', object: '\u0000', action: '\u0000', extra: Object.fromEntries(fields.map((f) => [f, '\u0000'])) });
  } catch (error) {
    const message = (error as Error).message;
    // A matcher that calls unknown member functions may fail on neutral values; only syntax is fatal then.
    if (stubbed && !/Expected|Unexpected|Unclosed|Variable names/i.test(message)) return;
    const matcher = layout.keys.get('matchers.m');
    throw new InputError([{ severity: 'error', file, ...(matcher ? { line: matcher.line, column: matcher.column } : {}), message: `casbin cannot evaluate the matcher: ${message}`, expected: 'a matcher expression of casbin’s syntax' }]);
  }
}

/** The mapped subjects and interfaces, checked against what the manifests declare. */
function checkMapping(job: CasbinJob, warnings: Diagnostic[], rules: PolicyLineAdapter['rules']): { subjects: MappedSubject[]; interfaces: Array<[string, CasbinInterfaceMapping]> } {
  const { mapping, modelFile } = job;
  const errors: Diagnostic[] = [];
  const roles = new Set(job.roleIds);
  const itfs = new Set(job.interfaceIds);
  const seen = new Set<string>();
  for (const rule of rules) for (const v of rule.values) seen.add(v);
  // Names in the subject positions (p: the first value; g: user and role), for "did you mean".
  const subjectNames = new Set<string>();
  for (const rule of rules) for (const v of rule.values.slice(0, rule.ptype.startsWith('g') ? 2 : 1)) subjectNames.add(v);
  const near = (name: string, among: Iterable<string>) => {
    const guess = closestName(name, [...among]);
    return guess ? ` (did you mean "${guess}"?)` : '';
  };
  const subjects: MappedSubject[] = [];
  for (const [subject, entry] of Object.entries(mapping.subjects ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const role = typeof entry === 'string' ? entry : entry.role;
    const domain = typeof entry === 'string' ? undefined : entry.domain;
    if (!roles.has(role)) {
      errors.push(mappingDiagnostic(job, `/subjects/${escapeSegment(subject)}`, 'error', `role "${role}" is not defined in the manifests${near(role, roles)}`, 'a role id of the manifest', modelFile));
      continue;
    }
    // A mapped subject the policy never names is a mistake in the project file (a typo, most often).
    if (!seen.has(subject)) {
      errors.push(mappingDiagnostic(job, `/subjects/${escapeSegment(subject)}`, 'error', `Casbin subject "${subject}" appears in no policy line${near(subject, subjectNames)}`, 'a subject (user or role) named in the policy', modelFile));
      continue;
    }
    subjects.push({ subject, role, ...(domain !== undefined ? { domain } : {}) });
  }
  const interfaces: Array<[string, CasbinInterfaceMapping]> = [];
  for (const [id, entry] of Object.entries(mapping.interfaces ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (!itfs.has(id)) {
      errors.push(mappingDiagnostic(job, `/interfaces/${escapeSegment(id)}`, 'error', `interface "${id}" is not defined in the manifests${near(id, itfs)}`, 'an interface id of the manifest', modelFile));
      continue;
    }
    if (entry.action === undefined && Object.keys(entry.actions ?? {}).length === 0) {
      errors.push(mappingDiagnostic(job, `/interfaces/${escapeSegment(id)}`, 'error', `interface "${id}" names no Casbin action`, '`action: GET` or `actions: { read: GET, … }`', modelFile));
      continue;
    }
    interfaces.push([id, entry]);
  }
  // A default domain the policy never names (and no "*" stands for) is a typo too.
  if (mapping.domain !== undefined && !seen.has(mapping.domain) && !seen.has('*')) {
    errors.push(mappingDiagnostic(job, '/domain', 'error', `domain "${mapping.domain}" appears in no policy line${near(mapping.domain, seen)}`, 'a domain (tenant) named in the policy', modelFile));
  }
  for (const domain of Object.keys(mapping.domains ?? {}).sort()) {
    if (!seen.has(domain)) errors.push(mappingDiagnostic(job, `/domains/${escapeSegment(domain)}`, 'error', `domain "${domain}" appears in no policy line${near(domain, seen)}`, 'a domain (tenant) named in the policy', modelFile));
  }
  if (errors.length > 0) throw new InputError(errors);
  return { subjects, interfaces };
}
