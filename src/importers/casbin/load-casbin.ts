// One Casbin source (a model and its policies) to grants on manifest roles. The text is read by
// pipl-audit and handed to the real casbin as strings (newModelFromString, and an adapter giving
// it the policy lines), so every decision is the model's own matcher and effect: role chains,
// domains, deny and priority effects, keyMatch/regexMatch/globMatch patterns.
import { newEnforcer, newModelFromString, type Enforcer, type Model } from 'casbin';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { PointerTable } from '../../sources/locator.js';
import type { SourceInput } from '../../sources/source-input.js';
import type { ImportContext, ImportResult, RoleGrantAddition } from '../importer.js';
import { casbinCoverage } from './casbin-coverage.js';
import { isModelFile } from './casbin-files.js';
import { CasbinAsker } from './casbin-requests.js';
import { decideGrants, type GrantDecisions, type MappedSubject } from './decide-grants.js';
import { closestName } from '../../schema/closest-name.js';
import { mappingDiagnostic } from './mapping-place.js';
import type { CasbinInterfaceMapping, CasbinMapping } from './mapping-schema.js';
import { analyseMatcher, builtInFunctionNames } from './matcher-functions.js';
import { lineOfModelError, readModelLayout, type ModelLayout } from './model-layout.js';
import { PolicyLineAdapter } from './policy-lines.js';
import { findRoleCycles } from './role-cycles.js';

/** Pointer of a line of a Casbin file; the files' PointerTables resolve it. */
export const linePointer = (line: number) => `/line/${line}`;

const UNDECIDED_LISTED = 10;

export async function loadCasbinSource(inputs: SourceInput[], context: ImportContext): Promise<ImportResult> {
  const models = inputs.filter(isModelFile);
  const policies = inputs.filter((i) => !isModelFile(i));
  const [modelInput] = models;
  if (!modelInput || models.length > 1) {
    const files = inputs.map((i) => i.path).join(', ');
    throw new InputError([{ severity: 'error', file: models[1]?.path ?? inputs[0]?.path ?? 'casbin', message: modelInput ? `a Casbin source has one model; found ${models.length}: ${models.map((m) => m.path).join(', ')}` : `Casbin policy without its model (${files})`, expected: 'one model (.conf with [request_definition]) and its policy files, in one folder or named together' }]);
  }
  const modelFile = modelInput.path;
  const modelText = modelInput.text();
  const layout = readModelLayout(modelText);
  const model = parseModel(modelText, modelFile);
  const warnings: Diagnostic[] = [];

  const adapter = new PolicyLineAdapter(policies.map((p) => ({ file: p.path, text: p.text() })));
  let enforcer: Enforcer;
  try {
    enforcer = await newEnforcer(model, adapter);
  } catch (error) {
    throw new InputError([...adapter.errors, modelDiagnostic(error, modelFile, layout)]);
  }
  const cycles = findRoleCycles(adapter.rules);
  if (adapter.errors.length > 0 || cycles.length > 0) throw new InputError([...adapter.errors, ...cycles]);
  warnings.push(...adapter.warnings);

  // What the matcher calls, from its text; application functions are stubbed, never run.
  const matcherKey = layout.keys.get('matchers.m');
  const matcherText = matcherKey?.value ?? model.model.get('m')?.get('m')?.value ?? '';
  const matcherAt = { file: modelFile, ...(matcherKey ? { line: matcherKey.line, column: matcherKey.column } : {}) };
  const roleTypes = [...(model.model.get('g')?.keys() ?? [])];
  const calls = analyseMatcher(matcherText, builtInFunctionNames(roleTypes));
  const effect = (layout.keys.get('policy_effect.e')?.value ?? '').replace(/\s+/g, '');
  const allowOnly = effect === 'some(where(p.eft==allow))';
  const usesEval = /\beval\s*\(/.test(matcherText);
  const boundable = calls.monotone && allowOnly && calls.attributes.length === 0 && !usesEval && !calls.unknown.some((n) => n.includes('.'));
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

  const mapping = context.mapping as CasbinMapping;
  const { subjects, interfaces } = checkMapping(mapping, context, modelFile, warnings, adapter.rules);
  let decisions: GrantDecisions;
  try {
    decisions = decideGrants({ asker, subjects, interfaces, ...(mapping.domain !== undefined ? { defaultDomain: mapping.domain } : {}), extra: mapping.request ?? {}, ruleOf: (stored) => adapter.ruleOf(stored), objectIndex });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([mappingDiagnostic(context, '', 'error', `casbin could not decide a mapped request: ${(error as Error).message}`, 'requests the model can evaluate', modelFile)]);
  }

  // Places: each grant at its policy line (or the matcher, when no policy line decided it).
  const tables = new Map<string, PointerTable>();
  const record = (file: string, line: number, column = 1) => {
    let table = tables.get(file);
    if (!table) tables.set(file, (table = new PointerTable(file)));
    table.record(linePointer(line), { line, column });
    return { file, pointer: linePointer(line) };
  };
  const grants: RoleGrantAddition[] = decisions.grants.map(({ role, grant, rule }) => ({
    role,
    grant,
    place: rule ? record(rule.file, rule.line) : record(modelFile, matcherKey?.line ?? 1, matcherKey?.column ?? 1),
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

  function finish(extra: Partial<ImportResult>): ImportResult {
    const mappedObjects = new Set(interfaces.flatMap(([, e]) => [e.object, e.unitObject, e.assignedObject, e.ownObject].filter((o): o is string => o !== undefined)));
    const coverage = casbinCoverage({ rules: adapter.rules, mappedSubjects: new Set(subjects.map((s) => s.subject)), subjectIndex, objectIndex, used: decisions.used, mappedObjects });
    return { manifest: { apiVersion: 'pipl-audit/v1' }, grants, locators: [...tables.values()], warnings, coverage, ...extra };
  }
}

function parseModel(text: string, file: string): Model {
  try {
    return newModelFromString(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfModelError(message, text);
    throw new InputError([{ severity: 'error', file, ...(line ? { line } : {}), message: `casbin cannot read the model: ${message}`, expected: 'a Casbin model with [request_definition], [policy_definition], [policy_effect] and [matchers]' }]);
  }
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
function checkMapping(mapping: CasbinMapping, context: ImportContext, modelFile: string, warnings: Diagnostic[], rules: PolicyLineAdapter['rules']): { subjects: MappedSubject[]; interfaces: Array<[string, CasbinInterfaceMapping]> } {
  const errors: Diagnostic[] = [];
  const roles = new Set(context.declared.roles.map((r) => r.id));
  const itfs = new Set(context.declared.interfaces.map((i) => i.id));
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
      errors.push(mappingDiagnostic(context, `/subjects/${escapePointer(subject)}`, 'error', `role "${role}" is not defined in the manifests${near(role, roles)}`, 'a role id of the manifest', modelFile));
      continue;
    }
    // A mapped subject the policy never names is a mistake in the project file (a typo, most often).
    if (!seen.has(subject)) {
      errors.push(mappingDiagnostic(context, `/subjects/${escapePointer(subject)}`, 'error', `Casbin subject "${subject}" appears in no policy line${near(subject, subjectNames)}`, 'a subject (user or role) named in the policy', modelFile));
      continue;
    }
    subjects.push({ subject, role, ...(domain !== undefined ? { domain } : {}) });
  }
  const interfaces: Array<[string, CasbinInterfaceMapping]> = [];
  for (const [id, entry] of Object.entries(mapping.interfaces ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (!itfs.has(id)) {
      errors.push(mappingDiagnostic(context, `/interfaces/${escapePointer(id)}`, 'error', `interface "${id}" is not defined in the manifests${near(id, itfs)}`, 'an interface id of the manifest', modelFile));
      continue;
    }
    if (entry.action === undefined && Object.keys(entry.actions ?? {}).length === 0) {
      errors.push(mappingDiagnostic(context, `/interfaces/${escapePointer(id)}`, 'error', `interface "${id}" names no Casbin action`, '`action: GET` or `actions: { read: GET, … }`', modelFile));
      continue;
    }
    interfaces.push([id, entry]);
  }
  // A default domain the policy never names (and no "*" stands for) is a typo too.
  if (mapping.domain !== undefined && !seen.has(mapping.domain) && !seen.has('*')) {
    errors.push(mappingDiagnostic(context, '/domain', 'error', `domain "${mapping.domain}" appears in no policy line${near(mapping.domain, seen)}`, 'a domain (tenant) named in the policy', modelFile));
  }
  if (errors.length > 0) throw new InputError(errors);
  return { subjects, interfaces };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
