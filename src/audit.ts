// The audit, end to end, as a library call: project file → inventory → rule packs → findings →
// one JSON report. The CLI is one client of this; nothing here prints or exits.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareFindings } from './findings/finding.js';
import { locateEvidence } from './findings/locate-evidence.js';
import { InputError, type Diagnostic } from './inventory/diagnostic.js';
import { loadInventory } from './inventory/load-inventory.js';
import type { Inventory } from './inventory/inventory.js';
import { TOOL_NAME } from './package-root.js';
import { TOOL_VERSION } from './package-version.js';
import { findProjectFile, loadProjectFile } from './project/project-file.js';
import type { AuditReport, ReportRule } from './report/report-schema.js';
import { compileRule, type CompiledRule } from './rules/compile-rule.js';
import { loadRulePack, shippedPackDirs, SHIPPED_RULES_DIR, type RulePack } from './rules/load-rule-pack.js';
import { ParamError, type ParamOverrides } from './rules/resolve-params.js';
import { runRules } from './rules/run-rules.js';
import { loadTaxonomy } from './taxonomy/taxonomy.js';
import { todayIso } from './views/duration.js';

export interface AuditOptions {
  /** Manifest files or folders, or one project file (or a folder holding pipl-audit.yaml). */
  paths: string[];
  cwd?: string;
  /** Rule packs: shipped pack names or folders. Default: the project's, else core plus the packs for the system's sector. */
  packs?: string[];
  /** Parameter overrides, on top of the project file's. */
  params?: ParamOverrides;
  /** Rule ids not to run, on top of the project file's. */
  disable?: string[];
  /** Only these rule ids (for `rules test` and focused runs). */
  only?: string[];
  /** The date the audit speaks for; default: the project's, else the manifest's system.asOf, else today. */
  asOf?: string;
  /** List every PASS as a finding (otherwise passes are counted per rule). */
  includePassed?: boolean;
}

export function audit(options: AuditOptions): AuditReport {
  const cwd = options.cwd ?? process.cwd();
  const taxonomy = loadTaxonomy();
  const projectPath = findProjectFile(options.paths, cwd);
  const project = projectPath ? loadProjectFile(projectPath, cwd) : undefined;
  const paths = project?.config.manifests ?? options.paths;
  const loaded = loadInventory(paths, { cwd, taxonomy });
  const { inventory } = loaded;

  const packNames = options.packs ?? project?.config.packs;
  const packs = resolvePacks(packNames, inventory, project?.dir ?? cwd);
  const params = { ...(project?.config.params ?? {}), ...(options.params ?? {}) };
  const disabled = new Set([...(project?.config.disable ?? []), ...(options.disable ?? [])]);
  const known = new Set(packs.flatMap((p) => p.rules.map((r) => r.definition.id)));
  const unknown = [...disabled, ...(options.only ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((id) => ({ severity: 'error' as const, file: project?.file ?? 'options', message: `rule "${id}" is not in the packs in use, so it cannot be disabled or selected`, expected: 'a rule id listed by `pipl-audit rules list`' })),
    );
  }
  const rules = compilePacks(packs, params, (id) => !disabled.has(id) && (!options.only || options.only.includes(id)));
  const asOf = options.asOf ?? project?.config.asOf ?? inventory.system?.asOf ?? todayIso();

  const { findings, counts } = runRules(inventory, rules, { taxonomy, asOf, includePassed: options.includePassed ?? false });
  locateEvidence(findings, loaded.documents);
  findings.sort(compareFindings);

  const reportRules: ReportRule[] = rules.map((rule) => {
    const d = rule.definition;
    return {
      id: d.id,
      pack: packs.find((p) => p.rules.some((r) => r.definition === d))?.manifest.name ?? '',
      title: d.title,
      theme: d.theme,
      severity: d.severity,
      basis: d.basis,
      remediation: d.remediation,
      cases: d.cases ?? [],
      params: rule.params,
      counts: counts.get(d.id) ?? { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 },
    };
  });
  const total = { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 };
  for (const r of reportRules) for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += r.counts[k];
  const failedBySeverity: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (f.status === 'FAIL') failedBySeverity[f.severity] = (failedBySeverity[f.severity] ?? 0) + 1;

  return {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    asOf,
    system: inventory.system ? { id: inventory.system.id, name: normaliseName(inventory.system.name) } : null,
    inputs: [...inventory.inputs].sort((a, b) => (a.path < b.path ? -1 : 1)),
    packs: packs.map((p) => ({ name: p.manifest.name, version: p.manifest.version, hash: p.hash, rules: p.rules.length })),
    summary: { counts: total, failedBySeverity, rulesRun: rules.length },
    rules: reportRules,
    findings,
    diagnostics: loaded.warnings as Diagnostic[],
  };
}

function normaliseName(name: string | { zh?: string; en?: string }): string | Record<string, string> {
  if (typeof name === 'string') return name;
  return Object.fromEntries(Object.entries(name).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Loads the named packs, or the default set: every shipped pack without sectors, plus those for the system's sector. */
export function resolvePacks(names: string[] | undefined, inventory: Inventory | undefined, baseDir: string): RulePack[] {
  if (!names) {
    const sector = inventory?.system?.sector;
    return shippedPackDirs()
      .map(loadRulePack)
      .filter((p) => !p.manifest.sectors || (sector !== undefined && p.manifest.sectors.includes(sector)));
  }
  return names.map((name) => {
    const shipped = join(SHIPPED_RULES_DIR, name);
    if (/^[a-z][a-z0-9-]*$/.test(name) && existsSync(join(shipped, 'pack.yaml'))) return loadRulePack(shipped);
    return loadRulePack(resolve(baseDir, name));
  });
}

export function compilePacks(packs: RulePack[], params: ParamOverrides, include: (id: string) => boolean = () => true): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  const problems: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const id = rule.definition.id;
      if (seen.has(id)) {
        problems.push({ severity: 'error', file: rule.file, pointer: '/id', message: `rule id "${id}" is also defined in ${seen.get(id)}`, expected: 'rule ids unique across the packs in use' });
        continue;
      }
      seen.set(id, rule.file);
      if (!include(id)) continue;
      try {
        compiled.push(compileRule(rule.definition, rule.file, params));
      } catch (error) {
        if (!(error instanceof ParamError)) throw error;
        problems.push({ severity: 'error', file: rule.file, message: error.message });
      }
    }
  }
  // Every override must name a parameter some rule in use has: a misspelt one is an error,
  // not a silently ignored setting.
  const paramsOf = new Map(packs.flatMap((p) => p.rules).map((r) => [r.definition.id, Object.keys(r.definition.params ?? {})]));
  const allParams = new Set([...paramsOf.values()].flat());
  for (const key of Object.keys(params)) {
    const dot = key.lastIndexOf('.');
    if (dot === -1) {
      if (!allParams.has(key)) problems.push({ severity: 'error', file: 'parameters', message: `parameter "${key}" is not a parameter of any rule in use`, expected: 'a parameter listed by `pipl-audit rules explain ID`' });
      continue;
    }
    const ruleId = key.slice(0, dot);
    const name = key.slice(dot + 1);
    const names = paramsOf.get(ruleId);
    if (!names) problems.push({ severity: 'error', file: 'parameters', message: `parameter "${key}" names an unknown rule "${ruleId}"`, expected: 'RULE-ID.param with a rule of the packs in use' });
    else if (!names.includes(name)) problems.push({ severity: 'error', file: 'parameters', message: `rule ${ruleId} has no parameter "${name}"`, expected: names.length > 0 ? `one of: ${names.join(', ')}` : 'no parameters: this rule takes none' });
  }
  if (problems.length > 0) throw new InputError(problems);
  return compiled.sort((a, b) => (a.definition.id < b.definition.id ? -1 : 1));
}

