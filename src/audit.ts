// The audit, end to end, as a library call: project file → inventory → rule packs → findings →
// one JSON report. The CLI is one client of this; nothing here prints or exits. It is async
// because some exports are read by real engines that are (PGlite for PostgreSQL, casbin).
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { applyBaseline } from './baseline/apply-baseline.js';
import { checkBaselineSystem, loadBaseline } from './baseline/load-baseline.js';
import { applyExceptions } from './exceptions/apply-exceptions.js';
import { findExceptionsFile, loadExceptions, type LoadedException } from './exceptions/load-exceptions.js';
import { buildReach } from './reach/build-reach.js';
import { summarise } from './report/report-summary.js';
import { compareFindings } from './findings/finding.js';
import { foldAspects } from './findings/fold-aspects.js';
import { aspectLinkProblems } from './rules/check-aspect-links.js';
import { locateEvidence } from './findings/locate-evidence.js';
import type { Importer } from './importers/importer.js';
import { compareDiagnostics, InputError, type Diagnostic } from './inventory/diagnostic.js';
import { loadSources, type FailedSource, type LoadedInventory } from './inventory/load-inventory.js';
import { fingerprintOf } from './findings/fingerprint.js';
import type { Finding } from './findings/finding.js';
import { VIEWS } from './views/registry.js';
import type { Inventory } from './inventory/inventory.js';
import { TOOL_NAME } from './package-root.js';
import { TOOL_VERSION } from './package-version.js';
import { explicitProjectFile, findProjectFile, loadProjectFile, type LoadedProject } from './project/project-file.js';
import { confinementOf, confinementProblem } from './project/project-confinement.js';
import type { AuditReport, ReportRule } from './report/report-schema.js';
import { compileRule, type CompiledRule } from './rules/compile-rule.js';
import { isShippedPackName, loadRulePack, shippedPackDirs, SHIPPED_RULES_DIR, type RulePack } from './rules/load-rule-pack.js';
import { ParamError, type ParamOverrides } from './rules/resolve-params.js';
import { runRules } from './rules/run-rules.js';
import { loadTaxonomy, type Taxonomy } from './taxonomy/taxonomy.js';
import { todayIso } from './views/duration.js';
import { appendAll } from './collections/append-all.js';
import { evaluateFramework } from './frameworks/evaluate-framework.js';
import { loadFramework, type LoadedFramework } from './frameworks/load-framework.js';
import { documentationBase, DOCUMENTATION_BASE_EXPECTED } from './report/documentation-links.js';
import { todoMarkersIn } from './inventory/todo-markers.js';

export interface AuditOptions {
  /** Manifest files or folders, or one project file (or a folder holding pipl-audit.yaml). */
  paths: string[];
  /** An explicit project file, whatever its name (`--config`); then `paths` must be empty. */
  config?: string;
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
  /** Importers to use instead of the shipped ones (a library user's own export formats), manifest first. */
  importers?: readonly Importer[];
  /** Called with the merged inventory before the rules run (e.g. `verify` asks which entities exist). */
  onInventory?: (inventory: Inventory) => void;
  /**
   * The exceptions file; default: the project file's `exceptions:`, else pipl-audit.exceptions.yaml
   * beside the project file (or in the one folder audited). `false`: apply none.
   */
  exceptions?: string | false;
  /** Expired or unmatched exceptions, or exceptions suppressing more than `maxSuppressedShare`, are input errors instead of notes in the report. */
  strictExceptions?: boolean;
  /** Per cent of FAIL findings the exceptions may suppress before the report warns; default: the project's `maxSuppressedShare`, else 50. */
  maxSuppressedShare?: number;
  /** A baseline (file from `baseline write`, or a JSON report): only findings with new fingerprints are listed. */
  baseline?: string;
  /** Folders outside the project that the project file's paths may name (the user's --allow-outside). */
  allowOutside?: string[];
  /** The largest YAML file read, in bytes (default DEFAULT_MAX_YAML_BYTES). */
  maxYamlBytes?: number;
  /** Audit frameworks to judge item by item (shipped ids such as cac-2025, or framework files); default: the project's `frameworks:`. */
  frameworks?: string[];
  /** Frameworks judged as well as those (the project's or `frameworks`): the audit report document adds cac-2025. */
  alsoFrameworks?: string[];
  /** The documentation base rule pages are linked under (an absolute http(s) URL); default: the project's `docsUrl:`, else package.json's homepage. */
  docsUrl?: string;
  /** Called as the audit moves through its stages (for a progress indicator). */
  onProgress?: (stage: AuditStage, done?: number, total?: number) => void;
}

export type AuditStage = 'loading' | 'rules' | 'evidence' | 'reach' | 'exceptions' | 'baseline';

export async function audit(options: AuditOptions): Promise<AuditReport> {
  const cwd = options.cwd ?? process.cwd();
  const taxonomy = loadTaxonomy();
  options.onProgress?.('loading');
  const { project, loaded } = await loadAuditInventory(options.paths, cwd, taxonomy, {
    ...(options.importers ? { importers: options.importers } : {}),
    ...(options.allowOutside ? { allowOutside: options.allowOutside } : {}),
    ...(options.maxYamlBytes !== undefined ? { maxYamlBytes: options.maxYamlBytes } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
  });
  const { inventory } = loaded;
  options.onInventory?.(inventory);

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
  if (rules.length === 0) {
    throw new InputError([
      {
        severity: 'error',
        file: project?.file ?? 'options',
        ...(project?.config.disable?.length ? { pointer: '/disable' } : {}),
        message: known.size === 0 ? 'the packs in use hold no rule' : `no rule is left to run: ${disabled.size} of ${known.size} rule(s) disabled${options.only ? ', the rest not selected' : ''}`,
        expected: 'at least one rule to run (an audit that runs no rule can fail nothing)',
      },
    ]);
  }
  const projectDisabled = new Set(project?.config.disable ?? []);
  const disabledRules = [...disabled]
    .filter((id) => known.has(id))
    .sort()
    .map((id) => ({ id, by: projectDisabled.has(id) ? ('project' as const) : ('option' as const) }));
  const asOf = options.asOf ?? project?.config.asOf ?? inventory.system?.asOf ?? todayIso();

  // Read before the rules run, so a bad exceptions file, baseline or framework stops the audit at once.
  const frameworks = uniqueFrameworks([...(options.frameworks ?? project?.config.frameworks ?? []), ...(options.alsoFrameworks ?? [])].map((f) => loadFramework(f, cwd)));
  const documentation = auditDocumentationBase(options.docsUrl, project);
  const exceptions = loadAuditExceptions(options, project, known, cwd);
  const baseline = options.baseline !== undefined ? loadBaseline(options.baseline, cwd) : undefined;
  if (baseline) checkBaselineSystem(baseline, inventory.system?.id ?? null);

  const onRule = options.onProgress ? (done: number, total: number) => options.onProgress?.('rules', done, total) : undefined;
  const { findings, counts, index } = runRules(inventory, rules, { taxonomy, asOf, includePassed: options.includePassed ?? false, ...(onRule ? { onRule } : {}) });
  for (const rule of rules) {
    const affected = unreadSourceFindings(rule, loaded.failedSources);
    appendAll(findings, affected);
    const c = counts.get(rule.definition.id);
    if (c) c.NOT_EVALUATED += affected.length;
  }
  options.onProgress?.('evidence');
  // The coverage notes' pointers are located in the same walk of each file as the evidence.
  loaded.placeCoverage(locateEvidence(findings, loaded.locators, loaded.coveragePointers()));
  // Nothing is located after this: the inputs' bytes the locators keep (a national inventory's
  // 130 MB) are let go before the reach map and the report are built.
  loaded.locators.clear();
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
      ...(d.guideline ? { guideline: d.guideline } : {}),
      remediation: d.remediation,
      cases: d.cases ?? [],
      params: rule.params,
      counts: counts.get(d.id) ?? { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 },
    };
  });
  options.onProgress?.('reach');
  const reach = buildReach(index, asOf);

  let report: AuditReport = {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, ...(documentation !== undefined ? { documentation } : {}) },
    asOf,
    system: inventory.system
      ? { id: inventory.system.id, name: normaliseName(inventory.system.name), ...(inventory.system.operator !== undefined ? { operator: inventory.system.operator } : {}) }
      : null,
    inputs: [...inventory.inputs].sort((a, b) => (a.path < b.path ? -1 : 1)),
    packs: packs.map((p) => ({ name: p.manifest.name, version: p.manifest.version, hash: p.hash, rules: p.rules.length })),
    summary: summarise(reportRules, findings),
    rules: reportRules,
    findings,
    diagnostics: [...loaded.failedSources.flatMap((f) => f.diagnostics), ...loaded.warnings].sort(compareDiagnostics),
    coverage: loaded.coverage,
    reach,
    ...(disabledRules.length > 0 ? { gate: { disabledRules } } : {}),
  };
  if (exceptions) {
    options.onProgress?.('exceptions');
    const maxSuppressedShare = options.maxSuppressedShare ?? project?.config.maxSuppressedShare;
    report = applyExceptions(report, exceptions, { strict: options.strictExceptions ?? false, ...(maxSuppressedShare !== undefined ? { maxSuppressedShare } : {}) });
  }
  // Judged before the baseline: a known finding is still a fact about the item.
  if (frameworks.length > 0) report = { ...report, frameworks: frameworks.map((f) => evaluateFramework(f, report, inventory)) };
  // One finding per cause across rules: after the exceptions (a suppressed finding neither hosts nor
  // folds) and the frameworks (which cite every rule's own findings), before the baseline.
  report = foldReportAspects(report, rules);
  if (baseline) {
    options.onProgress?.('baseline');
    report = applyBaseline(report, baseline);
  }
  // A drafted project (pipl-audit init) says how many facts are still to state.
  const factsToState = todoMarkersIn([...(project ? [project.file] : []), ...inventory.inputs.filter((i) => i.format === 'manifest').map((i) => i.path)], cwd);
  if (factsToState > 0) report = { ...report, summary: { ...report.summary, factsToState } };
  return report;
}

/** Each framework once, in the order named (a shipped id and its file, or a project's and the audit report's cac-2025). */
function uniqueFrameworks(frameworks: LoadedFramework[]): LoadedFramework[] {
  const seen = new Set<string>();
  return frameworks.filter((f) => !seen.has(f.framework.id) && seen.add(f.framework.id));
}

/** The documentation base set by the caller or the project (docsUrl), normalised; undefined: the package's homepage. */
function auditDocumentationBase(option: string | undefined, project: LoadedProject | undefined): string | undefined {
  const value = option ?? project?.config.docsUrl;
  if (value === undefined) return undefined;
  const base = documentationBase(value);
  if (base === undefined) {
    // A project's value was checked when the file was read; this is the caller's.
    throw new InputError([{ severity: 'error', file: 'options', message: `docsUrl "${value}" is not a documentation base`, expected: DOCUMENTATION_BASE_EXPECTED }]);
  }
  return base;
}

/** The report with each narrower rule's FAIL folded into the broader finding it is an aspect of (src/findings/fold-aspects.ts). */
function foldReportAspects(report: AuditReport, rules: readonly CompiledRule[]): AuditReport {
  const links = new Map(rules.flatMap((r) => (r.definition.aspectOf ? [[r.definition.id, r.definition.aspectOf] as const] : [])));
  if (links.size === 0) return report;
  const findings = foldAspects(report.findings, links).sort(compareFindings);
  if (findings.length === report.findings.length) return report;
  return { ...report, findings, summary: summarise(report.rules, findings) };
}

/** The exceptions in use: the file named by the caller or the project, else the default file beside the project. */
function loadAuditExceptions(options: AuditOptions, project: LoadedProject | undefined, knownRuleIds: ReadonlySet<string>, cwd: string): LoadedException[] | undefined {
  if (options.exceptions === false) return undefined;
  const singleDir = options.paths.length === 1 && existsSync(resolve(cwd, options.paths[0] ?? '')) && statSync(resolve(cwd, options.paths[0] ?? '')).isDirectory() ? options.paths[0] : undefined;
  const fromProject = project?.config.exceptions !== undefined ? relative(cwd, resolve(project.dir, project.config.exceptions)) : undefined;
  const searchDir = project ? project.dir : singleDir;
  const file = findExceptionsFile({ ...(options.exceptions !== undefined ? { explicit: options.exceptions } : {}), ...(fromProject !== undefined ? { fromProject } : {}), ...(searchDir !== undefined ? { searchDir } : {}) }, cwd);
  // The default file beside a project file is the repository's, not the user's: it stays inside the project like every path the project names.
  if (file !== undefined && options.exceptions === undefined && fromProject === undefined && project) {
    const problem = confinementProblem(resolve(cwd, file), confinementOf(project.dir, options.allowOutside ?? [], cwd));
    if (problem) throw new InputError([{ severity: 'error', file, ...problem }]);
  }
  return file === undefined ? undefined : loadExceptions(file, knownRuleIds, cwd);
}

/**
 * A rule whose view reads what a failed export would have supplied cannot vouch for the items
 * that export holds: one NOT_EVALUATED finding per failed source says so, with the reason.
 */
function unreadSourceFindings(rule: CompiledRule, failed: FailedSource[]): Finding[] {
  const d = rule.definition;
  const reads = VIEWS.find((v) => v.name === d.view)?.reads ?? [];
  return failed
    .filter((f) => f.supplies.some((section) => reads.includes(section)))
    .map((f) => {
      const first = f.diagnostics[0];
      const files = f.files.map((x) => x.path).join(', ');
      const why = first ? `${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}` : 'unreadable';
      const key = `source:${f.format}:${files}`;
      return {
        ruleId: d.id,
        status: 'NOT_EVALUATED' as const,
        severity: d.severity,
        theme: d.theme,
        view: d.view,
        target: { key, label: files },
        message: f.partial
          ? { zh: `${files}：${f.format} 来源中有部分权限无法判定，这部分未经本规则检查`, en: `${files}: part of the ${f.format} source could not be decided, so that part was not checked by this rule` }
          : { zh: `${files}：${f.format} 来源无法读取，其中的对象未经本规则检查`, en: `${files}: the ${f.format} source could not be read, so what it holds was not checked by this rule` },
        reason: f.partial ? { zh: `无法判定：${why}`, en: `not decidable: ${why}` } : { zh: `来源无法读取：${why}`, en: `source could not be read: ${why}` },
        evidence: first ? [{ file: first.file, pointer: first.pointer ?? '', ...(first.line ? { line: first.line } : {}), ...(first.column ? { column: first.column } : {}) }] : [],
        fingerprint: fingerprintOf(d.id, key),
      };
    });
}

/** How an audit reads its inputs besides the paths: importers, folders allowed outside the project, size limits. */
export interface InventoryReading {
  importers?: readonly Importer[];
  /** Folders outside the project that the project file's paths may name (the user's --allow-outside). */
  allowOutside?: readonly string[];
  /** The largest YAML file read, in bytes. */
  maxYamlBytes?: number;
  /** An explicit project file, whatever its name (`--config`); then `paths` must be empty. */
  config?: string;
}

/** The inventory an audit of `paths` reads: a project file's manifests and sources, or the paths detected by content. */
export async function loadAuditInventory(
  paths: string[],
  cwd: string,
  taxonomy: Taxonomy,
  reading: InventoryReading = {},
): Promise<{ project: LoadedProject | undefined; loaded: LoadedInventory }> {
  const { importers, allowOutside, maxYamlBytes, config } = reading;
  const projectPath = config !== undefined ? explicitProjectFile(config, paths, cwd) : findProjectFile(paths, cwd);
  const project = projectPath ? loadProjectFile(projectPath, cwd, { ...(importers ? { importers } : {}), ...(allowOutside ? { allowOutside } : {}) }) : undefined;
  const options = { cwd, taxonomy, ...(importers ? { importers } : {}), ...(maxYamlBytes !== undefined ? { limits: { maxYamlBytes } } : {}) };
  const loaded = project ? await loadSources(project.manifests, project.sources, options) : await loadSources(paths, [], options);
  return { project, loaded };
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
    if (isShippedPackName(name)) return loadRulePack(join(SHIPPED_RULES_DIR, name));
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
  problems.push(...aspectLinkProblems(packs.flatMap((p) => p.rules)));
  if (problems.length > 0) throw new InputError(problems);
  return compiled.sort((a, b) => (a.definition.id < b.definition.id ? -1 : 1));
}

